// On a page that is itself a foreign media digest: says it is already among the digests, or offers to add it.
import { useState } from 'preact/hooks';
import type { DigestPage } from '../../src/core/dataset/digest-page';
import type { PopupData } from '../data/load';
import { t } from '../i18n';
import { lazyComponent } from '../lazy';

// The reader and preview (the capture code, the validator) load only when the reader asks to add the page.
const CapturePreview = lazyComponent(() => import('./CapturePreview').then((module) => module.CapturePreview));

/** Addresses compared without the fragment, query order or a trailing slash, which do not change the page. */
export function samePage(a: string, b: string): boolean {
  const key = (address: string) =>
    address
      .replace(/#.*$/, '')
      .replace(/\/+$/, '')
      .replace(/^http:/, 'https:');
  return key(a) === key(b);
}

export function DigestOffer({
  page,
  data,
  entityIds,
}: {
  page: DigestPage;
  data: PopupData | null;
  entityIds: readonly string[];
}) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const known = data?.dataset.digests.find((digest) => digest.url && samePage(digest.url, page.url));
  return (
    <section class="section capture" aria-labelledby="capture-heading">
      <h2 id="capture-heading">{t('captureHeading')}</h2>
      {saved && (
        <p class="note" role="status" data-capture-state="saved">
          {saved}
        </p>
      )}
      {known ? (
        <p class="note" data-capture-state="added">
          {known.user ? t('captureAlready') : t('captureInBundle')}
        </p>
      ) : open && data ? (
        <CapturePreview page={page} data={data} entityIds={entityIds} onSaved={setSaved} />
      ) : (
        <button type="button" data-action="add-digest" disabled={!data} onClick={() => setOpen(true)}>
          {t('captureOffer')}
        </button>
      )}
    </section>
  );
}
