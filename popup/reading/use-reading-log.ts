// The reading log as state, kept current while the worker records and other windows forget; and the log by
// story, grouped after the view is on screen.
import { useEffect, useState } from 'preact/hooks';
import { type Story, storyIndex } from '../../src/core/ranking';
import type { ReadingLog } from '../../src/core/reading-log/log';
import { entriesNear, type ReadingByStory, readingByStory } from '../../src/core/reading-log/stories';
import { type LogFailure, lastLogFailure, readLog, watchLog } from '../../src/reading-log';
import type { PopupData } from '../data/load';

export function useReadingLog(): { log: ReadingLog | null; failure: LogFailure | null } {
  const [log, setLog] = useState<ReadingLog | null>(null);
  const [failure, setFailure] = useState<LogFailure | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const read = () => {
      void readLog().then((next) => controller.signal.aborted || setLog(next));
      void lastLogFailure().then((next) => controller.signal.aborted || setFailure(next));
    };
    read();
    watchLog(controller.signal, read);
    return () => controller.abort();
  }, []);
  return { log, failure };
}

/** The log by story: null until grouped (in the task after the view's first paint). */
export function useReadingByStory(data: PopupData | null, log: ReadingLog | null): ReadingByStory | null {
  const [grouped, setGrouped] = useState<ReadingByStory | null>(null);
  useEffect(() => {
    if (!data || !log) return;
    let current = true;
    // In a task of its own: the view is painted first.
    const timer = setTimeout(
      () =>
        void Promise.all([data.model(), data.stories()]).then(
          ([model, stories]) => current && setGrouped(readingByStory(model, storyIndex(stories), log.entries)),
        ),
      0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [data, log]);
  return grouped;
}

/** For the items shown: how many of the reader's pages tell each one's story, not counting its own article.
 *  Null until known: read and grouped after the first full render, and only for pages near these items. */
export function useOthersRead(
  data: PopupData | null,
  storyOf: ReadonlyMap<string, Story> | null,
  itemIds: readonly string[],
): ((itemId: string) => number) | null {
  const [othersRead, setOthersRead] = useState<((itemId: string) => number) | null>(null);
  const key = itemIds.join(' ');
  useEffect(() => {
    if (!data || !storyOf || itemIds.length === 0) return;
    let current = true;
    void readLog().then(async (log) => {
      if (!current || log.entries.length === 0) return;
      const model = await data.model();
      if (!current) return;
      const storyItems = itemIds.flatMap((id) => storyOf.get(id)?.itemIds ?? [id]);
      const near = entriesNear(model, log.entries, storyItems);
      if (near.length > 0) setOthersRead(() => readingByStory(model, storyOf, near).othersRead);
    });
    return () => {
      current = false;
    };
  }, [data, storyOf, key]);
  return othersRead;
}
