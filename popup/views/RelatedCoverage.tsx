// "Related coverage": each story several outlets told, its outlets and dates in order.
import type { AssetItem } from '../../src/core/dataset/asset';
import type { Story } from '../../src/core/ranking';
import type { PopupData } from '../data/load';
import { formatDate, t } from '../i18n';
import { useNavigation } from '../navigation';

function dateOf(item: AssetItem, data: PopupData): string {
  if (item.published) return formatDate(item.published);
  const digest = data.dataset.digestById.get(item.digests[0]);
  const when = formatDate(digest?.date ?? digest?.month);
  return when ? t('reviewedOn', when) : t('dateUnknown');
}

export function RelatedCoverage({ stories, data }: { stories: Story[]; data: PopupData }) {
  const { open } = useNavigation();
  if (stories.length === 0) return null;
  return (
    <section class="section" aria-labelledby="related">
      <h2 id="related">{t('relatedCoverage')}</h2>
      <ul class="stories">
        {stories.map((story) => (
          <li key={story.id} class="story" data-story={story.id}>
            <p class="story-outlets">{t('storyOutlets', story.outlets.length, story.outlets.join(', '))}</p>
            <ol class="timeline">
              {story.itemIds.map((id) => {
                const item = data.dataset.itemById.get(id);
                if (!item) return null;
                return (
                  <li key={id} data-item={id}>
                    <span class="timeline-date">{dateOf(item, data)}</span>
                    <span class="timeline-outlet">{item.outlet}</span>
                    <button
                      type="button"
                      class="link-button timeline-headline"
                      onClick={() => open({ name: 'digest', id: item.digests[0], itemId: id })}
                    >
                      {item.headline ?? item.summary.slice(0, 90)}
                    </button>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  );
}
