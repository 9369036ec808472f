// Hooks over the loaded data: the load's state, the full search index, and the stories.
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { LoadedDataset } from '../../src/core/dataset/load';
import { type Story, storyIndex } from '../../src/core/ranking';
import { watchUserDigests } from '../../src/user-digests';
import { type DataLoad, forgetPopupData, type PopupData, popupData } from './load';

export type DataState = { state: 'loading' } | DataLoad;

/** Runs work once the browser is idle after the first render, so it never delays the first render. */
function afterFirstRender(work: () => void): () => void {
  const timer = setTimeout(work, 50);
  return () => clearTimeout(timer);
}

/** The data, reloaded when the user's digests change in any context (options page, settings view). */
export function usePopupData(): DataState {
  const [state, setState] = useState<DataState>({ state: 'loading' });
  // From the first commit, not after the first frame (see useTabState).
  useLayoutEffect(() => {
    const controller = new AbortController();
    const read = () =>
      void popupData().then((load) => {
        if (controller.signal.aborted) return;
        setState(load);
        // Whoever types first should find the search index ready.
        if (load.ok) afterFirstRender(() => void load.data.searchable());
      });
    read();
    watchUserDigests(controller.signal, () => {
      forgetPopupData();
      read();
    });
    return () => controller.abort();
  }, []);
  return state;
}

/** The dataset with its full search index; null until it is loaded. */
export function useSearchable(data: PopupData | null): LoadedDataset | null {
  const [searchable, setSearchable] = useState<LoadedDataset | null>(null);
  useEffect(() => {
    let current = true;
    setSearchable(null);
    // Reading the index takes ~10 ms of main thread: started at once, it lands before the first paint.
    const cancel = afterFirstRender(() => void data?.searchable().then((dataset) => current && setSearchable(dataset)));
    return () => {
      current = false;
      cancel();
    };
  }, [data]);
  return searchable;
}

const storiesByData = new WeakMap<PopupData, Map<string, Story>>();

/** Each item's story, grouped after the first render (related coverage sits below the items). */
export function useStories(data: PopupData | null): Map<string, Story> | null {
  const [stories, setStories] = useState<Map<string, Story> | null>(data ? (storiesByData.get(data) ?? null) : null);
  useEffect(() => {
    if (!data) return;
    const known = storiesByData.get(data);
    if (known) {
      setStories(known);
      return;
    }
    return afterFirstRender(() => {
      const grouped = storyIndex(data.stories());
      storiesByData.set(data, grouped);
      setStories(grouped);
    });
  }, [data]);
  return stories;
}
