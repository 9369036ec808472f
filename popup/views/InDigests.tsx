// "In the digests": the items that best match the page, best first, a few at a time.
import { useState } from 'preact/hooks';
import type { RankedItem } from '../../src/core/ranking';
import type { PopupData } from '../data/load';
import { t } from '../i18n';
import { CardSkeleton, ItemCard } from './ItemCard';

const FIRST = 5;

export interface InDigestsProps {
  ranked: RankedItem[] | null;
  data: PopupData | null;
  /** How many of the reader's logged pages tell an item's story besides its own article (once known). */
  othersRead?: ((itemId: string) => number) | null;
}

export function InDigests({ ranked, data, othersRead }: InDigestsProps) {
  const [all, setAll] = useState(false);
  return (
    <section class="section" aria-labelledby="in-digests" aria-busy={ranked === null ? 'true' : undefined}>
      <h2 id="in-digests">{t('inTheDigests')}</h2>
      {ranked === null || data === null ? (
        <>
          <CardSkeleton />
          <CardSkeleton />
        </>
      ) : ranked.length === 0 ? (
        <p class="note">{t('noMatchingItems')}</p>
      ) : (
        <>
          <ol class="cards">
            {(all ? ranked : ranked.slice(0, FIRST)).map((entry) => (
              <li key={entry.item.id}>
                <ItemCard
                  item={entry.item}
                  digestById={data.dataset.digestById}
                  reasons={entry.reasons}
                  reviewed={entry.reviewed}
                  othersRead={othersRead?.(entry.item.id)}
                />
              </li>
            ))}
          </ol>
          {!all && ranked.length > FIRST && (
            <button type="button" class="more" onClick={() => setAll(true)}>
              {t('showMore', ranked.length - FIRST)}
            </button>
          )}
        </>
      )}
    </section>
  );
}
