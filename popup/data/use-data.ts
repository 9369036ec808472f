// Hooks over the loaded data: the load's state, the full search index, and the stories.
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { LoadedDataset } from '../../src/core/dataset/load';
import { type Story, storyIndex } from '../../src/core/ranking';
import { watchUserDigests } from '../../src/user-digests';
import { firstFullRender } from '../rendered-mark';
import { type DataLoad, forgetPopupData, type PopupData, popupData } from './load';

export type DataState = { state: 'loading' } | DataLoad;

/** A view that never marks its first full render must not keep search from loading. */
const RENDER_WAIT_MS = 300;

/** Runs work in the task after the first full render is painted, so it never delays that render. */
function afterFirstRender(work: () => void): () => void {
  let cancelled = false;
  const waited = new Promise((resolve) => setTimeout(resolve, RENDER_WAIT_MS));
  void Promise.race([firstFullRender, waited]).then(() => setTimeout(() => cancelled || work(), 0));
  return () => {
    cancelled = true;
  };
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
    // Reading the index takes ~10 ms of main thread: started at once, it would land before the first paint.
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
    let current = true;
    const cancel = afterFirstRender(
      () =>
        void data.stories().then((stories) => {
          const grouped = storyIndex(stories);
          storiesByData.set(data, grouped);
          if (current) setStories(grouped);
        }),
    );
    return () => {
      current = false;
      cancel();
    };
  }, [data]);
  return stories;
}
