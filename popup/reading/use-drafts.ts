// The reader's digest drafts as state, kept current when another window changes them.
import { useEffect, useState } from 'preact/hooks';
import type { Draft } from '../../src/core/reading-log/compose';
import { listDrafts, watchDrafts } from '../../src/reading-log';

export function useDrafts(): Draft[] | null {
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void listDrafts().then((list) => controller.signal.aborted || setDrafts(list));
    watchDrafts(controller.signal, setDrafts);
    return () => controller.abort();
  }, []);
  return drafts;
}
