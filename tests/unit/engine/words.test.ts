// Word counts feed the verdict's density: runs of letters and digits in any script.
import { describe, expect, it } from 'vitest';
import { countWords, wordsForDensity } from '../../../src/core/engine';

describe('word counts', () => {
  it('counts runs of letters and digits in any script, with invisible characters inside a word', () => {
    expect(countWords('Tokayev met Mirziyoyev in 2024.')).toBe(5);
    expect(countWords('Қазақстан — Ток\u00adаев, Астана!')).toBe(3);
    expect(countWords('  ,;  ')).toBe(0);
    expect(countWords('')).toBe(0);
  });

  it('counts the scripts written without spaces by their average word, not one word a sentence', () => {
    // 19 characters of Japanese, about ten words to a reader, and one run to the pattern of spaced scripts.
    expect(countWords('岸田首相はカザフスタンを訪問する予定だ')).toBe(Math.ceil(19 / 1.7));
    expect(countWords('托卡耶夫总统访问北京。')).toBe(Math.ceil(10 / 1.7));
    expect(countWords('ประธานาธิบดีคาซัคสถาน')).toBe(Math.ceil(21 / 3.9));
    expect(countWords('8月9日 Astana')).toBe(2 + 2 + 1);
  });

  it('counts short texts exactly and scales a sample for very long ones, within a percent', () => {
    const paragraph = 'Astana hosted the forum, and 40 delegations came from Central Asia.\n';
    expect(wordsForDensity(paragraph.repeat(10))).toBe(110);
    const long = paragraph.repeat(20_000);
    const exact = countWords(long);
    expect(Math.abs(wordsForDensity(long) - exact) / exact).toBeLessThan(0.01);
  });
});
