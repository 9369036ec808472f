// Digest drafts in storage.local: saved as they are typed, so edits survive closing the popup and drafts a
// browser restart. Each change is applied to the stored draft under a Web Lock, so two windows editing one
// draft each keep their own edits (the last word on one field wins).
import browser from 'webextension-polyfill';
import { type Draft, MAX_DRAFTS } from '../core/reading-log/compose';
import { exclusively, type StoreResult, storeFailure } from '../storage/lock';
import { watchStored } from '../storage/watch';

export const DRAFTS_KEY = 'digestDrafts';
const LOCK = 'kazakhstan-lens-drafts';

export async function listDrafts(): Promise<Draft[]> {
  const stored = (await browser.storage.local.get(DRAFTS_KEY))[DRAFTS_KEY];
  return Array.isArray(stored) ? (stored as Draft[]) : [];
}

async function change(step: (drafts: Draft[]) => Draft[] | string): Promise<StoreResult<Draft[]>> {
  try {
    return await exclusively(LOCK, async () => {
      const next = step(await listDrafts());
      if (typeof next === 'string') return { ok: false as const, error: next };
      await browser.storage.local.set({ [DRAFTS_KEY]: next });
      return { ok: true as const, value: next };
    });
  } catch (error) {
    return storeFailure(error);
  }
}

/** Adds a new draft; refused (with the reason) when MAX_DRAFTS are kept already. */
export const addDraft = (draft: Draft) =>
  change((drafts) =>
    drafts.length >= MAX_DRAFTS ? `at most ${MAX_DRAFTS} drafts are kept; delete one first` : [...drafts, draft],
  );

/** Changes one draft as it is stored now; a draft deleted meanwhile (in another window) stays deleted. */
export const updateDraft = (id: string, edit: (draft: Draft) => Draft, now = Date.now()) =>
  change((drafts) => {
    if (!drafts.some((draft) => draft.id === id)) return 'this draft was deleted';
    return drafts.map((draft) => (draft.id === id ? { ...edit(draft), updatedAt: now } : draft));
  });

export const deleteDraft = (id: string) => change((drafts) => drafts.filter((draft) => draft.id !== id));

export function watchDrafts(signal: AbortSignal, onChange: (drafts: Draft[]) => void): void {
  watchStored(DRAFTS_KEY, signal, (value) => onChange(Array.isArray(value) ? (value as Draft[]) : []));
}
