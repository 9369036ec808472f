// The verdict in words and its reasons: a chip per entity found, with its count, opening the entity's view,
// and for a page that only mentions Kazakhstan, why it is not about it.
import type { Analysis, MentionsReason } from '../../src/core/engine';
import { highlightKindOf } from '../../src/settings/settings';
import { type MessageKey, t } from '../i18n';
import { useNavigation } from '../navigation';

export type Verdict = Analysis['verdict'] | 'unavailable';

const WORDS: Record<Verdict, MessageKey> = {
  central: 'verdictCentral',
  mentions: 'verdictMentions',
  none: 'verdictNone',
  unavailable: 'verdictUnavailable',
};

export function VerdictHeader({ verdict, analysis }: { verdict: Verdict; analysis: Analysis | null }) {
  const { open } = useNavigation();
  const findings = analysis?.findings ?? [];
  return (
    <header class={`verdict verdict-${verdict}`}>
      <h1 class="verdict-words" tabIndex={-1}>
        <span class="verdict-dot" aria-hidden="true" />
        {t(WORDS[verdict])}
      </h1>
      {verdict === 'mentions' && analysis?.why && (
        <p class="verdict-why" data-why={analysis.why.kind}>
          {whyInWords(analysis.why)}
        </p>
      )}
      {findings.length > 0 && (
        <ul class="chips" aria-label={t('namesFound')}>
          {findings.map((finding) => (
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

function whyInWords(why: MentionsReason): string {
  switch (why.kind) {
    case 'one-of':
      return t('whyOneOf', why.count);
    case 'listed':
      return t('whyListed');
    case 'passing':
      return t('whyPassing', why.count);
    case 'fiction':
      return t('whyFiction');
    default:
      return t('whyNotSubject');
  }
}
