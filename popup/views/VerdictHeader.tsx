// The verdict in words and its reasons: a chip per entity highlighted on the page, with its count (the badge's
// number is their sum), opening the entity's view, and for a page that only mentions Kazakhstan, why it is
// not about it.
import type { Analysis, MentionsReason } from '../../src/core/engine';
import type { NameOnPage } from '../../src/messaging/protocol';
import { highlightKindOf } from '../../src/settings/settings';
import { type MessageKey, t } from '../i18n';
import { useNavigation } from '../navigation';

/** `reading`: a web page whose report has not come yet; `unavailable`: one that will not have one. */
export type Verdict = Analysis['verdict'] | 'reading' | 'unavailable';

const WORDS: Record<Verdict, MessageKey> = {
  central: 'verdictCentral',
  mentions: 'verdictMentions',
  none: 'verdictNone',
  reading: 'verdictReading',
  unavailable: 'verdictUnavailable',
};

/** `names`: the report's names on the page (what the badge counts too). */
export function VerdictHeader({
  verdict,
  analysis,
  names,
}: {
  verdict: Verdict;
  analysis: Analysis | null;
  names: NameOnPage[];
}) {
  const { open } = useNavigation();
  return (
    <header class={`verdict verdict-${verdict}`}>
      <h1 class="verdict-words" tabIndex={-1}>
        <span class="verdict-dot" aria-hidden="true" />
        {t(WORDS[verdict])}
      </h1>
      {verdict === 'mentions' && analysis?.why && (
        <p class="verdict-why" data-why={analysis.why.kind}>
          {whyInWords(analysis.why, analysis.findings)}
        </p>
      )}
      {names.length > 0 && (
        <ul class="chips" aria-label={t('namesFound')}>
          {names.map((finding) => (
            <li key={finding.id}>
              <button
                type="button"
                class={`chip chip-${highlightKindOf(finding.kind)}`}
                data-entity={finding.id}
                onClick={() => open({ name: 'entity', id: finding.id })}
              >
                {finding.name}
                <span class="chip-count" aria-hidden="true">
                  {finding.count}
                </span>
                <span class="sr-only"> {t('chipCount', finding.count)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}

function whyInWords(why: MentionsReason, names: { name: string }[]): string {
  switch (why.kind) {
    case 'one-of':
      return t('whyOneOf', why.count);
    case 'listed':
      return t('whyListed');
    case 'passing':
      return t('whyPassing', why.count);
    case 'fiction':
      return t('whyFiction');
    case 'place':
      // The page's findings are then the places alone, the most named first.
      return t('whyPlace', names[0]?.name ?? '');
    default:
      return t('whyNotSubject');
  }
}
