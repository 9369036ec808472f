// The digests the user imported: each with export and remove, and one export for them all.
import { digestLabel } from '../../src/core/dataset/digest-label';
import type { Digest } from '../../src/core/dataset/schema';
import { exportFileName, exportText } from '../../src/user-digests';
import { formatDate, t } from '../i18n';
import { downloadText } from './download';

export function UserDigestList({ digests, onRemove }: { digests: Digest[]; onRemove(id: string): void }) {
  if (digests.length === 0) return <p class="note">{t('userDigestsNone')}</p>;
  const exportDigests = (chosen: Digest[]) => downloadText(exportFileName(chosen), exportText(chosen));
  return (
    <>
      <ul class="user-digests">
        {digests.map((digest) => {
          const label = digestLabel(digest, digest.items);
          return (
            <li key={digest.id} data-user-digest={digest.id}>
              <span class="user-digest-name">
                {label}
                <span class="muted">
                  {' '}
                  {[
                    label === digest.publisher ? '' : digest.publisher,
                    formatDate(digest.date ?? digest.month),
                    t('itemCount', digest.items.length),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </span>
              <span class="user-digest-actions">
                <button type="button" aria-label={t('exportOne', label)} onClick={() => exportDigests([digest])}>
                  {t('export')}
                </button>
                <button type="button" aria-label={t('removeOne', label)} onClick={() => onRemove(digest.id)}>
                  {t('remove')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <p>
        <button type="button" data-export-all onClick={() => exportDigests(digests)}>
          {t('exportAll')}
        </button>
      </p>
    </>
  );
}
