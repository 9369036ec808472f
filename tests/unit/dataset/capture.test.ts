// Capturing a digest from its page's blocks: the layouts of issue 15, in our own words, and the bad inputs.
import { describe, expect, it } from 'vitest';
import { captureDigest, MAX_CAPTURED_ITEMS } from '../../../src/core/dataset/capture';
import { type DigestPage, recogniseDigest } from '../../../src/core/dataset/digest-page';
import { validateDigest } from '../../../src/core/dataset/validate';

const OUTLETS = ['Reuters', 'The Diplomat', 'The Guardian', 'Euronews'];
const heading = (text: string) => ({ kind: 'heading' as const, text });
const para = (text: string) => ({ kind: 'text' as const, text });

function page(title: string, blocks: DigestPage['blocks'], extra: Partial<DigestPage> = {}): DigestPage {
  return {
    url: 'https://astanatimes.com/2025/03/digest/',
    title,
    published: null,
    siteName: null,
    lang: 'en',
    blocks,
    ...extra,
  };
}

const astanaTimes = page('News Digest: Foreign Media on Rail Links and Steppe Wildlife', [
  para('date 2025-03-14 ASTANA – The Astana Times has picked articles on Kazakhstan from world media this week.'),
  heading('A new freight line crosses the steppe'),
  para(
    'A new rail link will shorten cargo routes to the Caspian ports, according to an article published in The Diplomat on March 11.',
  ),
  para('As Anna Fielding writes in her article, the line is meant to carry grain and metals westward.'),
  heading('Saiga numbers keep rising'),
  para('Herds of saiga antelope have grown again after a decade of protection, reported Reuters on March 12.'),
]);

describe('recogniseDigest', () => {
  it('knows the layouts the issue lists, in English, Russian and Kazakh, and nothing else', () => {
    expect(recogniseDigest('This week’s foreign media digest')).toBe('astana-times');
    expect(recogniseDigest('News digest: foreign media on the Astana forum')).toBe('astana-times');
    expect(recogniseDigest('Foreign media on Kazakhstan: grain and rail')).toBe('kazinform');
    expect(recogniseDigest('Зарубежные СМИ о Казахстане: итоги недели')).toBe('russian');
    expect(recogniseDigest('Мир о Казахстане')).toBe('russian');
    expect(recogniseDigest('Что пишут иностранные СМИ о выборах')).toBe('russian');
    expect(recogniseDigest('Әлемдік БАҚ-тағы Қазақстан: апта шолуы')).toBe('kazakh');
    expect(recogniseDigest('Шетелдік БАҚ Қазақстан туралы')).toBe('kazakh');
    expect(recogniseDigest('Kazakhstan ships a record grain harvest')).toBeNull();
  });
});

describe('captureDigest', () => {
  it("reads The Astana Times' layout: headings, outlets and their dates, authors, the digest's date", () => {
    const result = captureDigest(astanaTimes, { outlets: OUTLETS });
    if (!result.ok) throw new Error(result.error);
    const { digest } = result;
    expect(digest).toMatchObject({ id: 'astanatimes-2025-03-14', publisher: 'The Astana Times', date: '2025-03-14' });
    expect(digest.items.map((item) => [item.headline, item.outlet, item.published])).toEqual([
      ['A new freight line crosses the steppe', 'The Diplomat', '2025-03-11'],
      ['Saiga numbers keep rising', 'Reuters', '2025-03-12'],
    ]);
    expect(digest.items[0].author).toBe('Anna Fielding');
    expect(result.notes).toEqual([]);
    expect(validateDigest(digest, 'captured').ok).toBe(true);
  });

  it("reads Kazinform's 'Outlet: Headline' headings", () => {
    const result = captureDigest(
      page(
        'Foreign media on Kazakhstan: grain ships and a museum',
        [
          heading('Reuters: Kazakhstan ships record grain to the Gulf'),
          para('Reuters reported on May 2 that grain traders loaded more ships than in any spring before.'),
          heading('Euronews:A museum of felt opens in Turkistan'),
          para('The channel showed the new museum and its craftspeople at work.'),
        ],
        { url: 'https://en.inform.kz/news/foreign-media-on-kazakhstan-abc/', published: '2025-05-04' },
      ),
      { outlets: OUTLETS },
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.digest.publisher).toBe('Kazinform');
    expect(result.digest.items.map((item) => [item.outlet, item.headline, item.published])).toEqual([
      ['Reuters', 'Kazakhstan ships record grain to the Gulf', '2025-05-02'],
      ['Euronews', 'A museum of felt opens in Turkistan', null],
    ]);
  });

  it('reads Russian and Kazakh reviews: a heading that names the outlet, or an outlet quoted in the text', () => {
    const result = captureDigest(
      page(
        'Зарубежные СМИ о Казахстане: неделя',
        [
          heading('The Guardian'),
          para('Британская газета пишет о новых маршрутах через степь и о зерне.'),
          heading('Музей войлока в Туркестане'),
          para('Журнал «Steppe Review» рассказал о мастерах войлока и их учениках.'),
        ],
        { url: 'https://rus.azattyq.org/a/review.html', lang: 'ru' },
      ),
      { outlets: OUTLETS },
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.digest).toMatchObject({ publisher: 'Azattyq', language: 'ru', date: null });
    expect(result.digest.items.map((item) => [item.outlet, item.headline])).toEqual([
      ['The Guardian', null],
      ['Steppe Review', 'Музей войлока в Туркестане'],
    ]);
  });

  it('keeps an item whose outlet it cannot find, and says so for the reader to fill in', () => {
    const result = captureDigest(
      page('Әлемдік БАҚ-тағы Қазақстан', [heading('Жаңа теміржол'), para('Басылым жаңа жол туралы жазды.')], {
        lang: 'kk',
      }),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.digest.items[0].outlet).toBe('');
    expect(result.notes).toEqual(['Item 1 ("Жаңа теміржол"): no outlet found.']);
  });

  it('refuses a page that is no digest, and one titled like a digest with no items, with a clear message', () => {
    const notDigest = captureDigest(page('Kazakhstan ships a record grain harvest', astanaTimes.blocks));
    expect(notDigest).toMatchObject({ ok: false, reason: 'not-a-digest' });
    const noItems = captureDigest(page('Foreign media digest', [para('Subscribe to our weekly digest.')]));
    expect(noItems.ok).toBe(false);
    if (!noItems.ok) expect(noItems.error).toMatch(/titled like a digest, but no items could be read/);
  });

  it('reads a digest of 40 items whole, and cuts a listing of more than it can be at its limit', () => {
    const blocks = (count: number) =>
      Array.from({ length: count }, (_, n) => [
        heading(`Item number ${n + 1} about the steppe`),
        para(`The story was told on March ${(n % 28) + 1}, reported Reuters.`),
      ]).flat();
    const forty = captureDigest(page('Foreign media digest', blocks(40)), { outlets: OUTLETS });
    if (!forty.ok) throw new Error(forty.error);
    expect(forty.digest.items).toHaveLength(40);
    expect(forty.digest.items.every((item) => item.outlet === 'Reuters')).toBe(true);
    expect(validateDigest(forty.digest, 'forty').ok).toBe(true);
    const many = captureDigest(page('Foreign media digest', blocks(MAX_CAPTURED_ITEMS + 20)));
    if (!many.ok) throw new Error(many.error);
    expect(many.digest.items).toHaveLength(MAX_CAPTURED_ITEMS);
    expect(many.notes[0]).toMatch(/120 items; the first 100 are kept/);
  });

  it('keeps page text as plain text, markup and all', () => {
    const result = captureDigest(
      page('Foreign media digest', [
        heading('A <b>bold</b> claim'),
        para('It said <img src=x> things, reported Reuters.'),
      ]),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.digest.items[0].headline).toBe('A <b>bold</b> claim');
    expect(result.digest.items[0].summary).toBe('It said <img src=x> things, reported Reuters.');
  });
});
