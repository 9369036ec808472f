// The interface strings: the same keys and substitutions in every language, and every key the popup asks for.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(process.cwd(), 'public/_locales');
const locales = Object.fromEntries(
  readdirSync(DIR).map((locale) => [
    locale,
    JSON.parse(readFileSync(join(DIR, locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>,
  ]),
);
const placeholders = (text: string) => [...text.matchAll(/\$\d/g)].map((match) => match[0]).sort();
const popupSources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? popupSources(join(dir, entry.name)) : [readFileSync(join(dir, entry.name), 'utf8')],
  );

describe('interface strings', () => {
  it('exist in English, Russian and Kazakh', () => {
    expect(Object.keys(locales).sort()).toEqual(['en', 'kk', 'ru']);
  });

  it('have the same keys in every language, none empty', () => {
    const keys = Object.keys(locales.en).sort();
    for (const [locale, messages] of Object.entries(locales)) {
      expect(Object.keys(messages).sort(), locale).toEqual(keys);
      for (const [key, { message }] of Object.entries(messages))
        expect(message.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('use the same substitutions in every language', () => {
    for (const [key, { message }] of Object.entries(locales.en)) {
      for (const locale of ['ru', 'kk'])
        expect(placeholders(locales[locale][key].message), `${locale} ${key}`).toEqual(placeholders(message));
    }
  });

  it('cover every key the popup asks for', () => {
    const asked = new Set<string>();
    for (const source of popupSources(join(process.cwd(), 'popup'))) {
      for (const match of source.matchAll(/\bt\('([A-Za-z_]+)'/g)) asked.add(match[1]);
      for (const match of source.matchAll(/: '((?:verdict|why|kind)[A-Z][A-Za-z]+)'/g)) asked.add(match[1]);
    }
    for (const key of asked) expect(locales.en, key).toHaveProperty(key);
  });

  it('name every topic', () => {
    const topics = readFileSync(join(process.cwd(), 'src/core/dataset/topics.ts'), 'utf8').match(/'([a-z-]+)'/g) ?? [];
    for (const topic of topics) expect(locales.en).toHaveProperty(`topic_${topic.slice(1, -1).replace('-', '_')}`);
  });
});
