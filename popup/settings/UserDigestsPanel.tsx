// Imports the user's own digest files (preview first), and lists, exports and removes what was imported.
import { useEffect, useState } from 'preact/hooks';
import type { Digest } from '../../src/core/dataset/schema';
import { type ImportPreview as Preview, parseUserFile } from '../../src/core/dataset/user-import';
import { addUserDigests, listUserDigests, removeUserDigest, watchUserDigests } from '../../src/user-digests';
import { t } from '../i18n';
import { ImportPreview } from './ImportPreview';
import { UserDigestList } from './UserDigestList';

type Pending = { fileName: string; digests: Digest[]; preview: Preview };
type Message = { kind: 'error' | 'done'; text: string } | null;

export interface UserDigestsPanelProps {
  /** Ids of the bundled digests: an import that reuses one is renamed, not merged. */
  bundledIds(): Promise<string[]>;
}

export function UserDigestsPanel({ bundledIds }: UserDigestsPanelProps) {
  const [digests, setDigests] = useState<Digest[] | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<Message>(null);
  useEffect(() => {
    const controller = new AbortController();
    void listUserDigests().then(setDigests);
    watchUserDigests(controller.signal, setDigests);
    return () => controller.abort();
  }, []);

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setPending(null);
    const taken = [...(await bundledIds()), ...(await listUserDigests()).map((digest) => digest.id)];
    const result = parseUserFile(file.name, await file.text(), taken);
    if (!result.ok) {
      setMessage({ kind: 'error', text: t('importRefused', file.name, result.error) });
      return;
    }
    setMessage(null);
    setPending({ fileName: file.name, digests: result.digests, preview: result.preview });
  };

  const confirm = async () => {
    if (!pending) return;
    const result = await addUserDigests(pending.digests);
    setPending(null);
    if (!result.ok) setMessage({ kind: 'error', text: t('storeFailed', result.error) });
    else {
      setDigests(result.value);
      setMessage({ kind: 'done', text: t('importDone', pending.digests.length) });
    }
  };

  const remove = async (id: string) => {
    const result = await removeUserDigest(id);
    if (!result.ok) setMessage({ kind: 'error', text: t('storeFailed', result.error) });
    else {
      setDigests(result.value);
      setMessage({ kind: 'done', text: t('removed') });
    }
  };

  return (
    <section class="section settings-group" aria-labelledby="user-digests">
      <h2 id="user-digests">{t('userDigestsHeading')}</h2>
      <p class="note">{t('userDigestsHelp')}</p>
      <p>
        <label for="import-file" class="file-label">
          {t('importChoose')}
        </label>
        <input
          id="import-file"
          type="file"
          accept=".json,.txt,.md,application/json,text/plain"
          onChange={(event) => void choose(event.currentTarget as HTMLInputElement)}
        />
      </p>
      <div aria-live="polite">
        {message && (
          <p
            class={message.kind === 'error' ? 'error' : 'done'}
            role={message.kind === 'error' ? 'alert' : 'status'}
            data-import-message={message.kind}
          >
            {message.text}
          </p>
        )}
      </div>
      {pending && <ImportPreview {...pending} onConfirm={() => void confirm()} onCancel={() => setPending(null)} />}
      {digests && <UserDigestList digests={digests} onRemove={(id) => void remove(id)} />}
    </section>
  );
}
