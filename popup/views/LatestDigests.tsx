// The latest digests, newest first: what a page with no verdict offers instead of an empty pane.
import type { AssetDigest } from '../../src/core/dataset/asset';
import { digestLabel } from '../../src/core/dataset/digest-label';
import { digestSortKey } from '../../src/core/dataset/order';
import type { PopupData } from '../data/load';
import { formatDate, t } from '../i18n';
import { useNavigation } from '../navigation';
import { CardSkeleton } from './ItemCard';

const SHOWN = 6;

export function latestDigests(digests: readonly AssetDigest[], count = SHOWN): AssetDigest[] {
  return digests
    .filter((digest) => digestSortKey(digest) !== '')
    .sort((a, b) => (digestSortKey(a) < digestSortKey(b) ? 1 : digestSortKey(a) > digestSortKey(b) ? -1 : 0))
    .slice(0, count);
}

export function LatestDigests({ data }: { data: PopupData | null }) {
  const { open } = useNavigation();
  const itemsOf = (id: string) => data?.dataset.items.filter((item) => item.digests.includes(id)) ?? [];
  return (
    <section class="section" aria-labelledby="latest" aria-busy={data === null ? 'true' : undefined}>
      <h2 id="latest">{t('latestDigests')}</h2>
      {data === null ? (
        <CardSkeleton />
      ) : (
        <ul class="digest-list">
          {latestDigests(data.dataset.digests).map((digest) => {
            const items = itemsOf(digest.id);
            const label = digestLabel(digest, items);
            return (
              <li key={digest.id}>
                <button
                  type="button"
                  class="digest-row"
                  data-digest={digest.id}
                  onClick={() => open({ name: 'digest', id: digest.id })}
                >
                  <span class="digest-row-title">{label}</span>
                  <span class="muted">
                    {[
                      label === digest.publisher ? '' : digest.publisher,
                      formatDate(digest.date ?? digest.month),
                      t('itemCount', items.length),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" class="more" onClick={() => open({ name: 'search' })}>
        {t('browseAll')}
      </button>
    </section>
  );
}
