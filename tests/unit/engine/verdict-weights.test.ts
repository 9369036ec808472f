// The shipped weights are the fit's output for this code's features (npm run fit writes them).
import { describe, expect, it } from 'vitest';
import { FEATURES, fittedWeights } from '../../../src/core/engine/verdict-model';

describe('verdict weights', () => {
  it('name every feature of the model, in its order, with a weight each', () => {
    expect(fittedWeights.features).toEqual(Object.keys(FEATURES));
    expect(fittedWeights.weights).toHaveLength(fittedWeights.features.length);
    expect(fittedWeights.weights.every(Number.isFinite)).toBe(true);
    expect(fittedWeights.threshold).toBeGreaterThan(0);
    expect(fittedWeights.threshold).toBeLessThan(1);
  });
});
