// Saving a captured digest: storage full, a missing outlet, merging with the bundle, ids and entities.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { captureDigest } from '../../../src/core/dataset/capture';
import { bundledView } from '../../../src/core/dataset/view';
import { createBrowserMock } from './browser-mock';

const mock = vi.hoisted(() => ({ browser: null as unknown as ReturnType<typeof createBrowserMock> }));
vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_, key) => Reflect.get(mock.browser, key) }),
}));

const { prepareCaptured, saveCaptured } = await import('../../../popup/capture/save-captured');
const { addUserDigests, listUserDigests } = await import('../../../src/user-digests');
const { itemId } = await import('../../../src/core/dataset/ids');

beforeEach(() => {
  mock.browser = createBrowserMock();
});

const heading = (text: string) => ({ kind: 'heading' as const, text });
const para = (text: string) => ({ kind: 'text' as const, text });
const captured = captureDigest(
  {
    url: 'https://astanatimes.com/2025/03/digest/',
    title: 'Foreign media digest',
    published: '2025-03-14',
    siteName: null,
    lang: 'en',
    blocks: [
      heading('Grain trains reach the Caspian'),
      para('Tokayev opened the line to Aktau, reported Reuters on March 12.'),
      heading('Felt makers find buyers abroad'),
      para('Workshops in Turkistan now sell rugs to Japan.'),
    ],
  },
  { outlets: ['Reuters'] },
);
if (!captured.ok) throw new Error(captured.error);
const draft = captured.digest;
const bundledItem = {
  id: itemId('Reuters', 'Grain trains reach the Caspian', null, 'x'),
  digests: ['astanatimes-2025-03-14'],
  headline: 'Grain trains reach the Caspian',
  outlet: 'Reuters',
  published: null,
  author: null,
  summary: 'A bundled review.',
  entityIds: [],
  topics: ['transport'],
  url: null,
};
const bundle = bundledView({
  version: 1,
  digests: [
    { id: 'astanatimes-2025-03-14', publisher: 'The Astana Times', date: null, month: null, url: null, title: null },
  ],
  items: [bundledItem],
});
const tokayev = { name: 'Kassym-Jomart Tokayev', spellings: ['Tokayev', 'Токаев'] };

describe('saving a captured digest', () => {
  it('names items by the entities in their text, and keeps the id of a bundled digest clear', () => {
    const prepared = prepareCaptured(draft, bundle, [tokayev, { name: 'Aral Sea', spellings: [] }]);
    expect(prepared.id).toBe('astanatimes-2025-03-14-user');
    expect(prepared.items.map((item) => item.entities)).toEqual([['Kassym-Jomart Tokayev'], []]);
  });

  it('asks for a missing outlet and stores nothing', async () => {
    const result = await saveCaptured(prepareCaptured(draft, bundle, []), bundle);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('Item 2 needs its outlet') });
    expect(await listUserDigests()).toEqual([]);
  });

  it('saves, counting the items the bundle already had as merged', async () => {
    const fixed = { ...draft, items: draft.items.map((item) => ({ ...item, outlet: item.outlet || 'Steppe Crafts' })) };
    const result = await saveCaptured(prepareCaptured(fixed, bundle, []), bundle);
    expect(result).toEqual({ ok: true, items: 2, merged: 1 });
    expect((await listUserDigests()).map((digest) => digest.id)).toEqual(['astanatimes-2025-03-14-user']);
  });

  it('with storage full, says so and leaves every stored digest as it was', async () => {
    const fixed = { ...draft, items: draft.items.map((item) => ({ ...item, outlet: item.outlet || 'Steppe Crafts' })) };
    await addUserDigests([{ ...fixed, id: 'kept-earlier' }]);
    mock.browser.storage.local.set.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const result = await saveCaptured(prepareCaptured(fixed, bundle, []), bundle);
    expect(result).toEqual({
      ok: false,
      error: 'Not saved: QUOTA_BYTES quota exceeded. Your digests are as they were.',
    });
    expect((await listUserDigests()).map((digest) => digest.id)).toEqual(['kept-earlier']);
  });
});
