import { describe, expect, it } from 'vitest';
import { digestLabel } from '../../../src/core/dataset/digest-label';

const untitled = { title: null, publisher: 'The Astana Times' };
const item = (headline: string | null, outlet = 'Reuters') => ({ headline, outlet });

describe('digestLabel', () => {
  it("is the digest's own title where it has one", () => {
    expect(digestLabel({ title: 'Foreign media on Kazakhstan: rail', publisher: 'Kazinform' }, [item('A')])).toBe(
      'Foreign media on Kazakhstan: rail',
    );
  });

  it('names an untitled digest by its first two headlines, and says when there are more', () => {
    expect(digestLabel(untitled, [item('Rail deal signed'), item('Uranium output rises')])).toBe(
      'Rail deal signed; Uranium output rises',
    );
    expect(digestLabel(untitled, [item('One'), item('Two'), item('Three')])).toBe('One; Two; …');
  });

  it('names an item without a headline by its outlet, and a digest without items by its publisher', () => {
    expect(digestLabel(untitled, [item(null, 'The Guardian'), item('  ', 'BBC Sport')])).toBe(
      'The Guardian; BBC Sport',
    );
    expect(digestLabel(untitled, [])).toBe('The Astana Times');
    expect(digestLabel({ title: '   ', publisher: 'Steppe' }, [item('Headline')])).toBe('Headline');
  });
});
