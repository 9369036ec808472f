import { describe, expect, it } from 'vitest';
import { isLetterOrDigit } from '../../../src/core/engine/chars';

describe('chars: letters, marks and digits', () => {
  it('settles every character beyond ASCII as the Unicode classes do, but Ukrainian ʼ, an apostrophe', () => {
    const unicode = /[\p{L}\p{M}\p{N}]/u;
    expect(isLetterOrDigit(0x2bc)).toBe(false);
    const disagreements: string[] = [];
    for (let code = 0x80; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue; // surrogates end a word before this is asked
      if (code === 0x2bc) continue;
      if (isLetterOrDigit(code) !== unicode.test(String.fromCharCode(code))) disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
  });
});
