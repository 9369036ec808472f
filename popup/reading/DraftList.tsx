// The reader's digest drafts, latest first: open one to go on writing, or delete it.
import type { Draft } from '../../src/core/reading-log/compose';
import { deleteDraft } from '../../src/reading-log';
import { formatDate, t } from '../i18n';
import { useNavigation } from '../navigation';

export const draftName = (draft: Draft) => draft.title.trim() || t('draftUntitled');

export function DraftList({ drafts, onError }: { drafts: Draft[]; onError(message: string): void }) {
  const { open } = useNavigation();
  if (drafts.length === 0) return null;
  const remove = async (id: string) => {
    const result = await deleteDraft(id);
    if (!result.ok) onError(t('storeFailed', result.error));
  };
  return (
    <section class="section" aria-labelledby="drafts">
      <h2 id="drafts">{t('draftsHeading')}</h2>
      <ul class="user-digests">
        {[...drafts]
          .sort((a, b) => b.updatedAt - a.updatedAt)
          .map((draft) => (
            <li key={draft.id} data-draft={draft.id}>
              <span class="user-digest-name">
                {draftName(draft)}
                <span class="muted"> {[formatDate(draft.date), t('itemCount', draft.items.length)].join(' · ')}</span>
              </span>
              <span class="user-digest-actions">
                <button
                  type="button"
                  aria-label={t('draftOpenOne', draftName(draft))}
                  onClick={() => open({ name: 'compose', draftId: draft.id })}
                >
                  {t('draftOpen')}
                </button>
                <button
                  type="button"
                  aria-label={t('draftDeleteOne', draftName(draft))}
                  onClick={() => void remove(draft.id)}
                >
                  {t('draftDelete')}
                </button>
              </span>
            </li>
          ))}
      </ul>
    </section>
  );
}
