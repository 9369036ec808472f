// One entity: its description and other names, and the digest items that mention it, newest first by year.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AssetItem } from '../../src/core/dataset/asset';
import { yearOf } from '../../src/core/dataset/dates';
import { itemDateKey, newestFirst } from '../../src/core/dataset/order';
import type { KbIndex } from '../../src/core/kb/name-index';
import type { PopupData } from '../data/load';
import { t } from '../i18n';
import { CardSkeleton, ItemCard } from './ItemCard';
import { ViewHeading } from './ViewHeading';

/** The whole knowledge base, which only this view needs: read on its first opening. */
function useKb(data: PopupData): KbIndex | null {
  const [kb, setKb] = useState<KbIndex | null>(null);
  useEffect(() => {
    let current = true;
    void data.kb().then((index) => current && setKb(index));
    return () => {
      current = false;
    };
  }, [data]);
  return kb;
}

export function EntityView({ id, data }: { id: string; data: PopupData }) {
  const kb = useKb(data);
  const entity = kb?.entity(id);
  const byYear = useMemo(() => {
    const { dataset } = data;
    const dateKey = (item: AssetItem) => itemDateKey(item, dataset.digestById);
    const items = dataset.items.filter((item) => item.entityIds.includes(id)).sort(newestFirst(dateKey));
    const groups = new Map<string, AssetItem[]>();
    for (const item of items) {
      const year = String(yearOf(dateKey(item)) ?? t('dateUnknown'));
      groups.set(year, [...(groups.get(year) ?? []), item]);
    }
    return [...groups];
  }, [data, id]);

  // The view appears whole, description and all, rather than growing under the reader's eyes.
  if (!kb) return <CardSkeleton />;
  return (
    <div class="entity-view" data-entity-view={id}>
      <ViewHeading>{entity?.name ?? id}</ViewHeading>
      {entity && <p class="description">{entity.description}</p>}
      {entity && entity.spellings.length > 0 && (
        <p class="aliases">
          <span class="muted">{t('alsoWritten')} </span>
          {entity.spellings.join(', ')}
        </p>
      )}
      {entity && entity.formerNames.length > 0 && (
        <p class="aliases">
          <span class="muted">{t('formerly')} </span>
          {entity.formerNames.join(', ')}
        </p>
      )}
      <section class="section" aria-labelledby="entity-items">
        <h2 id="entity-items">
          {t(
            'entityItems',
            byYear.reduce((sum, [, items]) => sum + items.length, 0),
          )}
        </h2>
        {byYear.length === 0 && <p class="note">{t('entityNoItems')}</p>}
        {byYear.map(([year, items]) => (
          <section key={year} class="year" aria-label={year}>
            <h3 class="year-heading">{year}</h3>
            <ol class="cards">
              {items.map((item) => (
                <li key={item.id}>
                  <ItemCard item={item} digestById={data.dataset.digestById} level={4} />
                </li>
              ))}
            </ol>
          </section>
        ))}
      </section>
    </div>
  );
}
