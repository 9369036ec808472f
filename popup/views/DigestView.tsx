// One digest with all its items; the item the reader came from is marked and scrolled into view.
import { useEffect } from 'preact/hooks';
import type { PopupData } from '../data/load';
import { formatDate, t } from '../i18n';
import { ItemCard } from './ItemCard';
import { ViewHeading } from './ViewHeading';

export function DigestView({ id, itemId, data }: { id: string; itemId?: string; data: PopupData }) {
  const digest = data.dataset.digestById.get(id);
  const items = data.dataset.items.filter((item) => item.digests.includes(id));
  useEffect(() => {
    if (itemId)
      document.querySelector(`.digest-view [data-item="${CSS.escape(itemId)}"]`)?.scrollIntoView({ block: 'center' });
  }, [itemId]);
  if (!digest) return <ViewHeading>{t('digestMissing')}</ViewHeading>;
  const when = formatDate(digest.date ?? digest.month);
  return (
    <div class="digest-view" data-digest-view={id}>
      <ViewHeading
        sub={[digest.title ? digest.publisher : '', when, digest.user ? t('importedByYou') : '']
          .filter(Boolean)
          .join(' · ')}
      >
        {digest.title ?? digest.publisher}
      </ViewHeading>
      {digest.url && (
        <p>
          <a href={digest.url} target="_blank" rel="noreferrer">
            {t('digestPage')}
          </a>
        </p>
      )}
      <section class="section" aria-labelledby="digest-items">
        <h2 id="digest-items">{t('itemCount', items.length)}</h2>
        <ol class="cards">
          {items.map((item) => (
            <li key={item.id}>
              <ItemCard
                item={item}
                digestById={data.dataset.digestById}
                highlighted={item.id === itemId}
                inDigest={id}
              />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
