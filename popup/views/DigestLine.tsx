// "Reviewed in <publisher, date>": the digests that reviewed an item, each linked to its page and its view.
import type { AssetDigest, AssetItem } from '../../src/core/dataset/asset';
import { formatDate, t } from '../i18n';
import { useNavigation } from '../navigation';

export interface DigestLineProps {
  item: AssetItem;
  digestById: ReadonlyMap<string, AssetDigest>;
  /** The digest whose view this line is in: no button to open it again. */
  current?: string;
}

export function DigestLine({ item, digestById, current }: DigestLineProps) {
  const { open } = useNavigation();
  const digests = item.digests.map((id) => digestById.get(id)).filter((d): d is AssetDigest => d !== undefined);
  if (digests.length === 0) return null;
  return (
    <ul class="digest-line" aria-label={t('reviewedIn')}>
      {digests.map((digest) => {
        const label = [digest.publisher, formatDate(digest.date ?? digest.month)].filter(Boolean).join(', ');
        return (
          <li key={digest.id} data-digest={digest.id}>
            <span class="muted">{t('reviewedIn')} </span>
            {digest.url ? (
              <a href={digest.url} target="_blank" rel="noreferrer">
                {label}
              </a>
            ) : (
              <span>{label}</span>
            )}{' '}
            {digest.id !== current && (
              <button
                type="button"
                class="link-button"
                onClick={() => open({ name: 'digest', id: digest.id, itemId: item.id })}
              >
                {t('openDigest')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
