import { describe, expect, it } from 'vitest';
import { withinOneError } from '../../../scripts/lib/verdict-fit';

describe('the penalty the fit chooses', () => {
  it('is the largest whose held-out loss is within one standard error of the best', () => {
    const tried = [
      { lambda: 0.03, loss: 5.4, error: 3.5 },
      { lambda: 0.1, loss: 5.4, error: 2.9 },
      { lambda: 0.3, loss: 6.0, error: 2.5 },
      { lambda: 1, loss: 7.9, error: 2.3 },
      { lambda: 3, loss: 11.4, error: 2.2 },
    ];
    expect(withinOneError(tried)).toBe(1);
    expect(withinOneError(tried.map((t) => ({ ...t, error: 0.5 })))).toBe(0.1);
  });

  it('keeps the best penalty when no other comes near it', () => {
    expect(
      withinOneError([
        { lambda: 0.1, loss: 9, error: 1 },
        { lambda: 1, loss: 4, error: 1 },
        { lambda: 3, loss: 8, error: 1 },
      ]),
    ).toBe(1);
  });
});
