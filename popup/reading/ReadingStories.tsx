// The log by story: each story with the digest items that tell it, then the reader's pages; then the pages
// that tell no story with anything else.
import type { LogEntry } from '../../src/core/reading-log/log';
import type { ReadingByStory } from '../../src/core/reading-log/stories';
import type { PopupData } from '../data/load';
import { t } from '../i18n';
import { useNavigation } from '../navigation';
import { LogEntryRow } from './LogEntryRow';

export interface ReadingStoriesProps {
  grouped: ReadingByStory;
  data: PopupData;
  chosen: ReadonlySet<string>;
  onChoose(url: string, chosen: boolean): void;
  onForget(url: string): void;
}

export function ReadingStories({ grouped, data, chosen, onChoose, onForget }: ReadingStoriesProps) {
  const { open } = useNavigation();
  const rows = (entries: LogEntry[]) => (
    <ul class="log-entries">
      {entries.map((entry) => (
        <LogEntryRow
          key={entry.url}
          entry={entry}
          chosen={chosen.has(entry.url)}
          onChoose={onChoose}
          onForget={onForget}
        />
      ))}
    </ul>
  );
  return (
    <>
      <ul class="reading-stories">
        {grouped.stories.map((story) => (
          <li key={story.id} class="story reading-story" data-reading-story={story.id}>
            {story.itemIds.length > 0 && (
              <div class="reading-story-items">
                <p class="story-outlets">{t('logStoryItems')}</p>
                <ul class="reading-story-headlines">
                  {story.itemIds.map((id) => {
                    const item = data.dataset.itemById.get(id);
                    if (!item) return null;
                    return (
                      <li key={id} data-item={id}>
                        <button
                          type="button"
                          class="link-button"
                          onClick={() => open({ name: 'digest', id: item.digests[0], itemId: id })}
                        >
                          {item.headline ?? item.outlet}
                        </button>{' '}
                        <span class="muted">{item.outlet}</span>
                      </li>
                    );
                  })}
                </ul>
              </div>
            )}
            {rows(story.entries)}
          </li>
        ))}
      </ul>
      {grouped.alone.length > 0 && (
        <section class="section" aria-labelledby="other-pages">
          <h2 id="other-pages">{t('logOtherPages')}</h2>
          {rows(grouped.alone)}
        </section>
      )}
    </>
  );
}
