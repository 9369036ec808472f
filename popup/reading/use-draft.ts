// One draft as the compose view edits it: every change is shown at once and saved at once, applied to the
// draft as stored then, so another window's edits to other fields are kept. A change the browser refused to
// store (storage full) stays on screen and is sent again with the next one.
import { useEffect, useRef, useState } from 'preact/hooks';
import { applyEdit, type Draft, type DraftEdit } from '../../src/core/reading-log/compose';
import { updateDraft } from '../../src/reading-log';
import { useDrafts } from './use-drafts';

export type SaveState = { state: 'saved' } | { state: 'failed'; error: string } | null;

export function useDraft(id: string): {
  draft: Draft | null | undefined;
  edit(edit: DraftEdit): void;
  saved: SaveState;
} {
  const drafts = useDrafts();
  const unsaved = useRef<DraftEdit[]>([]);
  const [draft, setDraft] = useState<Draft | null | undefined>(undefined);
  const [saved, setSaved] = useState<SaveState>(null);
  // The stored draft with this window's changes not yet stored on top.
  useEffect(() => {
    if (!drafts) return;
    const stored = drafts.find((known) => known.id === id);
    setDraft(stored ? unsaved.current.reduce(applyEdit, stored) : null);
  }, [drafts, id]);

  const edit = (change: DraftEdit) => {
    setDraft((current) => current && applyEdit(current, change));
    unsaved.current.push(change);
    const batch = [...unsaved.current];
    void updateDraft(id, (stored) => batch.reduce(applyEdit, stored)).then((result) => {
      if (result.ok) {
        unsaved.current = unsaved.current.filter((pending) => !batch.includes(pending));
        setSaved({ state: 'saved' });
      } else setSaved({ state: 'failed', error: result.error });
    });
  };
  return { draft, edit, saved };
}
