// Composing a digest from the log: its title, publisher and date, each item's summary (25-70 words, the
// dataset's rule), then export as digest JSON (which the options page imports again with nothing lost) or as
// Markdown for a newsletter. The draft is saved as it is typed.
import { useState } from 'preact/hooks';
import { findUnsafeText } from '../../src/core/dataset/safety';
import { validateDigest } from '../../src/core/dataset/validate';
import { type ComposeProblem, composeProblems, digestOf } from '../../src/core/reading-log/compose';
import { digestMarkdown } from '../../src/core/reading-log/markdown';
import { exportFileName, exportText } from '../../src/user-digests/export';
import { formatDate, t } from '../i18n';
import { downloadText } from '../settings/download';
import { ViewHeading } from '../views/ViewHeading';
import { ComposeItem } from './ComposeItem';
import { Field } from './Field';
import { problemText } from './problems';
import { useDraft } from './use-draft';

const DIGEST_FIELDS = { title: 'composeTitle', publisher: 'composePublisher', date: 'composeDate' } as const;

/** After an export was refused, the problems are shown as they stand, and go as the reader fixes them. */
type Outcome = { problems: true } | { error: string } | { exported: string } | null;

export function ComposeView({ draftId }: { draftId: string }) {
  const { draft, edit, saved } = useDraft(draftId);
  const [outcome, setOutcome] = useState<Outcome>(null);
  if (draft === undefined) return <ViewHeading>{t('composeHeading')}</ViewHeading>;
  if (draft === null) return <ViewHeading>{t('draftMissing')}</ViewHeading>;

  const exportAs = (format: 'json' | 'markdown') => {
    const problems = composeProblems(draft);
    if (problems.length > 0) return setOutcome({ problems: true });
    const digest = digestOf(draft);
    // What another reader's import would refuse is refused here, with the same words.
    const check = validateDigest(digest, 'digest');
    const unsafe = findUnsafeText(digest, 'digest') ?? (check.ok ? null : check.problems[0]);
    if (unsafe) return setOutcome({ error: unsafe });
    const name = format === 'json' ? exportFileName([digest]) : `kazakhstan-lens-${digest.id}.md`;
    if (format === 'json') downloadText(name, exportText([digest]));
    else downloadText(name, digestMarkdown(digest, formatDate), 'text/markdown');
    setOutcome({ exported: name });
  };

  const problems: ComposeProblem[] = outcome && 'problems' in outcome ? composeProblems(draft) : [];
  return (
    <form class="compose-view" onSubmit={(event) => event.preventDefault()}>
      <ViewHeading sub={t('itemCount', draft.items.length)}>{t('composeHeading')}</ViewHeading>
      <div class="compose-digest">
        {(['title', 'publisher', 'date'] as const).map((field) => (
          <Field
            key={field}
            label={t(DIGEST_FIELDS[field])}
            name={field}
            type={field === 'date' ? 'date' : 'text'}
            value={draft[field]}
            onValue={(value) => edit({ field, value })}
          />
        ))}
      </div>
      <ol class="compose-items">
        {draft.items.map((item, index) => (
          <ComposeItem key={item.url} item={item} index={index} onEdit={edit} />
        ))}
      </ol>
      <div aria-live="polite" class="compose-status">
        {saved?.state === 'failed' ? (
          <p class="error" role="alert" data-draft-saved="failed">
            {t('composeNotSaved', saved.error)}
          </p>
        ) : (
          saved && (
            <p class="note" data-draft-saved="saved">
              {t('composeSaved')}
            </p>
          )
        )}
        {problems.length > 0 && (
          <div class="error" role="alert" data-compose-problems>
            <p>{t('composeFix')}</p>
            <ul>
              {problems.map((problem, index) => (
                <li key={index}>{problemText(problem)}</li>
              ))}
            </ul>
          </div>
        )}
        {outcome && 'error' in outcome && (
          <p class="error" role="alert">
            {outcome.error}
          </p>
        )}
        {outcome && 'exported' in outcome && (
          <p class="done" role="status" data-exported={outcome.exported}>
            {t('composeExported', outcome.exported)}
          </p>
        )}
      </div>
      <p class="actions compose-actions">
        <button type="button" class="primary" data-action="export-digest-json" onClick={() => exportAs('json')}>
          {t('composeExportJson')}
        </button>
        <button type="button" data-action="export-digest-markdown" onClick={() => exportAs('markdown')}>
          {t('composeExportMarkdown')}
        </button>
      </p>
    </form>
  );
}
