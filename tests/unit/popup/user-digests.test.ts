// The user's digests in storage.local (quota errors, removal, watching) and their export.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { digest } from '../dataset/fixtures';
import { createBrowserMock } from './browser-mock';

const mock = vi.hoisted(() => ({ browser: null as unknown as ReturnType<typeof createBrowserMock> }));
vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_, key) => Reflect.get(mock.browser, key) }),
}));

const { addUserDigests, exportFileName, exportText, listUserDigests, removeUserDigest, watchUserDigests } =
  await import('../../../src/user-digests');

beforeEach(() => {
  mock.browser = createBrowserMock();
});

describe('user digests in storage.local', () => {
  it('reads none at first, then what was added, in order', async () => {
    expect(await listUserDigests()).toEqual([]);
    await addUserDigests([digest({ id: 'a' })]);
    await addUserDigests([digest({ id: 'b' })]);
    expect((await listUserDigests()).map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('replaces a digest added again under the same id', async () => {
    await addUserDigests([digest({ id: 'a', publisher: 'Old' })]);
    await addUserDigests([digest({ id: 'a', publisher: 'New' })]);
    expect((await listUserDigests()).map((d) => d.publisher)).toEqual(['New']);
  });

  it('reports a storage quota error as a result, and keeps what was stored', async () => {
    await addUserDigests([digest({ id: 'a' })]);
    mock.browser.storage.local.set.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const result = await addUserDigests([digest({ id: 'b' })]);
    expect(result).toEqual({ ok: false, error: 'QUOTA_BYTES quota exceeded' });
    expect((await listUserDigests()).map((d) => d.id)).toEqual(['a']);
  });

  it('removes by id, and says when there is no such digest', async () => {
    await addUserDigests([digest({ id: 'a' }), digest({ id: 'b' })]);
    expect(await removeUserDigest('a')).toMatchObject({ ok: true });
    expect((await listUserDigests()).map((d) => d.id)).toEqual(['b']);
    expect(await removeUserDigest('zzz')).toEqual({ ok: false, error: 'no imported digest has the id "zzz"' });
  });

  it('reads a damaged stored value as no digests rather than failing', async () => {
    mock.browser.store.set('userDigests', 'not a list');
    expect(await listUserDigests()).toEqual([]);
  });

  it('tells watchers of every change until their signal aborts', async () => {
    const seen: string[][] = [];
    const controller = new AbortController();
    watchUserDigests(controller.signal, (digests) => seen.push(digests.map((d) => d.id)));
    await addUserDigests([digest({ id: 'a' })]);
    controller.abort();
    await addUserDigests([digest({ id: 'b' })]);
    expect(seen).toEqual([['a']]);
  });
});

describe('export', () => {
  it('writes one digest as an object and several as a list, in the dataset format', () => {
    const one = digest({ id: 'a' });
    expect(JSON.parse(exportText([one]))).toEqual(one);
    expect(JSON.parse(exportText([one, digest({ id: 'b' })]))).toHaveLength(2);
  });

  it('names the file after the digest, or the date for several', () => {
    expect(exportFileName([digest({ id: 'a' })])).toBe('kazakhstan-lens-a.json');
    expect(exportFileName([digest({ id: 'a' }), digest({ id: 'b' })], new Date('2024-05-03T10:00:00Z'))).toBe(
      'kazakhstan-lens-digests-2024-05-03.json',
    );
  });
});
