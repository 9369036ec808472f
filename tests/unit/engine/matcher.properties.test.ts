// Properties of the matcher that must hold for any text at all, checked on generated inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleMatcher } from './sample-kb';

const matcher = sampleMatcher();
const NAMES = [
  'Tokayev',
  'Токаева',
  'Қазақстанның',
  'Astana International Forum',
  'Alma-Ata',
  'KTZ',
  'East Turkestan',
  'Kazan',
  'казаки',
];
const FILLER = [
  'the',
  'and',
  'в',
  'мен',
  ' ',
  '-',
  '.',
  '\n',
  '\u00ad',
  '\u200b',
  '\ud800',
  '🇰🇿',
  'ё',
  "'s",
  'Kaz',
  'Tok',
];

/** Text made of names, filler words and odd characters, in any order. */
const articleText = fc
  .array(fc.oneof(fc.constantFrom(...NAMES), fc.constantFrom(...FILLER), fc.string({ maxLength: 6 })), {
    maxLength: 60,
  })
  .map((parts) => parts.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), articleText);

describe('matcher properties', () => {
  it('puts every mention inside the text, in order, never overlapping', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let previousEnd = 0;
        for (const mention of matcher.find(text)) {
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          expect(mention.end).toBeGreaterThan(mention.start);
          expect(mention.end).toBeLessThanOrEqual(text.length);
          previousEnd = mention.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds the same mentions in an article whatever unrelated text surrounds it', () => {
    fc.assert(
      fc.property(articleText, anyText, anyText, (article, before, after) => {
        const alone = matcher.find(article).map((m) => [m.start, m.end, m.entity]);
        const prefix = `${before}\n`;
        const inContext = matcher
          .find(`${prefix}${article}\n${after}`)
          .filter((m) => m.start >= prefix.length && m.end <= prefix.length + article.length)
          .map((m) => [m.start - prefix.length, m.end - prefix.length, m.entity]);
        expect(inContext).toEqual(alone);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        matcher.find(text);
      }),
    );
  });
});

describe('matcher on large and hostile text', () => {
  it('reads 10 MB of text without a hang and finds names in it', () => {
    const text = 'Tokayev visited Astana. '.repeat(450_000);
    const mentions = matcher.find(text);
    expect(text.length).toBeGreaterThan(10_000_000);
    expect(mentions.length).toBe(900_000);
    // A hang, not the speed, is what this catches (the bench measures speed): a busy machine gets time.
  }, 60_000);
});
