// The captured digest before it is saved: the reader corrects an outlet or a date, then saves it into their
// digests. Page text is shown as text; nothing is stored until Save, and a failed save changes nothing stored.
import { useMemo, useState } from 'preact/hooks';
import { captureDigest } from '../../src/core/dataset/capture';
import type { EntityNames } from '../../src/core/dataset/capture-entities';
import type { DigestPage } from '../../src/core/dataset/digest-page';
import type { Digest, DigestItem } from '../../src/core/dataset/schema';
import type { PopupData } from '../data/load';
import { t } from '../i18n';
import { prepareCaptured, saveCaptured } from './save-captured';

/** The knowledge base's names and spellings of the entities the page's reading found. */
async function pageEntities(data: PopupData, ids: readonly string[]): Promise<EntityNames[]> {
  const kb = await data.kb().catch(() => null);
  return ids.flatMap((id) => {
    const entity = kb?.entity(id);
    return entity ? [{ name: entity.name, spellings: entity.spellings }] : [];
  });
}

export function CapturePreview({
  page,
  data,
  entityIds = [],
  onSaved,
}: {
  page: DigestPage;
  data: PopupData;
  entityIds?: readonly string[];
  onSaved(message: string): void;
}) {
  const outlets = useMemo(() => [...new Set(data.dataset.items.map((item) => item.outlet))], [data]);
  const captured = useMemo(() => captureDigest(page, { outlets }), [page, outlets]);
  const [draft, setDraft] = useState<Digest | null>(captured.ok ? captured.digest : null);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  if (!captured.ok || !draft) {
    return (
      <p class="error" role="alert" data-capture-state="unreadable">
        {t('captureNoItems')}
      </p>
    );
  }
  const setItem = (index: number, change: Partial<DigestItem>) =>
    setDraft({ ...draft, items: draft.items.map((item, i) => (i === index ? { ...item, ...change } : item)) });
  const save = async () => {
    setSaving(true);
    const digest = prepareCaptured(draft, data.dataset, await pageEntities(data, entityIds));
    const result = await saveCaptured(digest, data.dataset);
    setSaving(false);
    if (result.ok) onSaved(t('captureSaved', result.items, result.merged));
    else setStatus({ error: true, text: result.error });
  };
  return (
    <form
      class="capture-preview"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p class="note">{t('capturePreview')}</p>
      <label class="capture-field">
        {t('captureDate')}
        <input
          type="date"
          name="digest-date"
          value={draft.date ?? ''}
          onInput={(event) => {
            const date = event.currentTarget.value || null;
            setDraft({ ...draft, date, month: date ? date.slice(0, 7) : draft.month });
          }}
        />
      </label>
      {captured.notes.length > 0 && (
        <ul class="note capture-notes">
          {captured.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <ol class="capture-items">
        {draft.items.map((item, index) => (
          <li key={index} data-capture-item={index}>
            <span class="capture-headline">{item.headline ?? t('captureNoHeadline')}</span>
            <label class="capture-field">
              {t('captureOutlet')}
              <input
                type="text"
                name="outlet"
                value={item.outlet}
                onInput={(event) => setItem(index, { outlet: event.currentTarget.value })}
              />
            </label>
            <label class="capture-field">
              {t('capturePublished')}
              <input
                type="date"
                name="published"
                value={item.published ?? ''}
                onInput={(event) => setItem(index, { published: event.currentTarget.value || null })}
              />
            </label>
          </li>
        ))}
      </ol>
      {status && (
        <p class={status.error ? 'error' : 'note'} role="alert">
          {status.text}
        </p>
      )}
      <button type="submit" data-action="save-digest" disabled={saving}>
        {t('captureSave')}
      </button>
    </form>
  );
}
