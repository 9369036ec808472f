import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseUserFile } from '../../../src/core/dataset/user-import';
import { digest, item } from './fixtures';

const SEED = readFileSync(new URL('../../../data/seeds/astana-times-digest-2023-11-10.txt', import.meta.url), 'utf8');
const json = (value: unknown) => JSON.stringify(value, null, 2);
const errorOf = (fileName: string, text: string, existing: string[] = []) => {
  const result = parseUserFile(fileName, text, existing);
  return result.ok ? 'accepted' : result.error;
};

describe('parseUserFile accepts', () => {
  it('one digest or an array of them, with a preview', () => {
    const one = parseUserFile('mine.json', json(digest({ id: 'mine-1' })));
    expect(one.ok && one.preview).toMatchObject({
      digests: 1,
      items: 1,
      publishers: ['The Astana Times'],
      renamed: [],
    });
    const two = parseUserFile(
      'mine.json',
      json([digest({ id: 'mine-1' }), digest({ id: 'mine-2', date: '2024-03-01', month: '2024-03' })]),
    );
    expect(two.ok && two.preview.range).toEqual(['2024-01-12', '2024-03-01']);
  });

  it('digest text through the importer, keeping its paragraphs', () => {
    const result = parseUserFile('digest.txt', SEED, []);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.digests[0].items.map((it) => it.outlet)).toEqual(['Foreign Policy', 'Reuters', 'Euractiv']);
    expect(result.digests[0].items[0].summary).toContain('pragmatic neutrality');
    expect(result.preview.notes).toHaveLength(1);
  });

  it('renames an id that is already taken, and says so', () => {
    const result = parseUserFile('digest.txt', SEED, ['astanatimes-2023-11-10', 'astanatimes-2023-11-10-user']);
    expect(result.ok && result.digests[0].id).toBe('astanatimes-2023-11-10-user-2');
    expect(result.ok && result.preview.renamed).toEqual([
      { from: 'astanatimes-2023-11-10', to: 'astanatimes-2023-11-10-user-2' },
    ]);
  });
});

describe('parseUserFile refuses, accepting nothing', () => {
  it('malformed JSON, with its position', () => {
    expect(errorOf('mine.json', '{\n  "id": "x",\n  "publisher" "The Astana Times"\n}')).toMatch(
      /^malformed JSON at line 3, column 15: /,
    );
    expect(errorOf('mine.json', '[{"id": tru}]')).toMatch(/^malformed JSON at line 1, column 12: /);
  });

  it('wrong dates, naming the digest and item', () => {
    const bad = [
      digest({ id: 'a' }),
      digest({ id: 'b' }),
      digest({ id: 'c' }),
      digest({ id: 'd' }, [item(), item({ published: '2023-13-45' })]),
    ];
    expect(errorOf('mine.json', json(bad))).toBe('digests[3].items[1].published: not a date: 2023-13-45');
  });

  it('missing fields', () => {
    const { summary: _summary, ...noSummary } = item();
    expect(errorOf('mine.json', json(digest({}, [noSummary as never])))).toBe(
      'digests[0].items[0].summary: missing field',
    );
    expect(errorOf('mine.json', json({ id: 'x' }))).toMatch(
      /^digests\[0\]\.publisher: missing field \(and \d+ more problem\(s\)\)$/,
    );
  });

  it('files over 5 MB', () => {
    expect(errorOf('big.json', 'x'.repeat(20 * 1024 * 1024))).toBe('file is 20.0 MB; the limit is 5 MB');
  });

  it('more than 200 digests at once', () => {
    const many = Array.from({ length: 201 }, (_, n) => digest({ id: `d-${n}` }));
    expect(errorOf('many.json', json(many))).toBe('the file holds 201 digests; at most 200 can be imported at once');
  });

  it('HTML or script in any text field', () => {
    expect(errorOf('x.json', json(digest({}, [item({ summary: 'Nice <script>alert(1)</script> text' })])))).toMatch(
      /^digests\[0\]\.items\[0\]\.summary: contains HTML or script/,
    );
    expect(errorOf('x.json', json(digest({}, [item({ headline: 'A </b> closing tag' })])))).toMatch(
      /items\[0\]\.headline: contains HTML/,
    );
    expect(errorOf('x.json', json(digest({ title: 'Comment <!-- here -->' })))).toMatch(
      /^digests\[0\]\.title: contains HTML/,
    );
    expect(errorOf('x.json', json(digest({}, [item({ url: 'javascript:alert(1)' })])))).toMatch(
      /items\[0\]\.url: contains a javascript: address/,
    );
    expect(
      errorOf('x.txt', SEED.replace('Tokayev has elevated', '<img src=x onerror=alert(1)> Tokayev has elevated')),
    ).toMatch(/^digests\[0\]\.items\[0\]\.summary: contains HTML/);
    // A bare "<" before a digit or space is ordinary text.
    expect(errorOf('x.json', json(digest({}, [item({ summary: `${item().summary} Growth was < 5% and 3<4.` })])))).toBe(
      'accepted',
    );
  });

  it('an id twice in one file, empty files, text without items or outlets', () => {
    expect(errorOf('x.json', json([digest(), digest()]))).toBe(
      'digests[1].id: "astanatimes-2024-01-12" appears twice in the file',
    );
    expect(errorOf('x.json', '  ')).toBe('file is empty');
    expect(errorOf('x.json', '[]')).toBe('the file holds no digests');
    expect(errorOf('x.txt', 'Just one sentence of text.')).toMatch(/^no items found/);
    expect(errorOf('x.txt', 'Intro, Nov. 10, 2023.\n\nA heading\n\nA paragraph that names no outlet at all.')).toMatch(
      /^digests\[0\] item 0 \("A heading"\): outlet not found/,
    );
  });
});
