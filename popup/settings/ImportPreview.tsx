// What a chosen file would add, shown before anything is stored.
import type { Digest } from '../../src/core/dataset/schema';
import type { ImportPreview as Preview } from '../../src/core/dataset/user-import';
import { formatDate, t } from '../i18n';

const SAMPLE_ITEMS = 3;

export interface ImportPreviewProps {
  fileName: string;
  digests: Digest[];
  preview: Preview;
  onConfirm(): void;
  onCancel(): void;
}

export function ImportPreview({ fileName, digests, preview, onConfirm, onCancel }: ImportPreviewProps) {
  const items = digests.flatMap((digest) => digest.items).slice(0, SAMPLE_ITEMS);
  const range = preview.range ? preview.range.map(formatDate).join(' – ') : null;
  return (
    <section class="import-preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">{t('importPreviewHeading', fileName)}</h3>
      <p data-preview-counts>
        {t('importPreviewCounts', preview.digests, preview.items)}
        {preview.publishers.length > 0 && ` · ${preview.publishers.join(', ')}`}
        {range && ` · ${range}`}
      </p>
      {items.length > 0 && (
        <ul class="preview-items">
          {items.map((item, index) => (
            <li key={index}>
              <strong>{item.headline ?? item.outlet}</strong> <span class="muted">{item.outlet}</span>
            </li>
          ))}
        </ul>
      )}
      {preview.renamed.map(({ from, to }) => (
        <p key={from} class="note">
          {t('importRenamed', from, to)}
        </p>
      ))}
      {preview.notes.length > 0 && (
        <details class="note">
          <summary>{t('importNotes', preview.notes.length)}</summary>
          <ul>
            {preview.notes.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </details>
      )}
      <p class="actions">
        <button type="button" class="primary" onClick={onConfirm}>
          {t('importConfirm')}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </p>
    </section>
  );
}
