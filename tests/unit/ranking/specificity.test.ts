// Entity weights: a Kazakh leader above a foreign country, the subject itself least.
import { describe, expect, it } from 'vitest';
import { specificityOf } from '../../../src/core/ranking';
import { facts } from './fixtures';

describe('specificity', () => {
  // Tokayev is named more often than Russia here, as in the real digests, and must still count more.
  const lists = [
    ['kazakhstan', 'tokayev', 'russia'],
    ['kazakhstan', 'tokayev'],
    ['kazakhstan', 'tokayev', 'china'],
    ['kazakhstan', 'russia', 'aktau'],
  ];
  const weight = specificityOf(facts, lists);

  it('weighs a Kazakh leader above a foreign country', () => {
    expect(weight('tokayev')).toBeGreaterThan(weight('russia'));
  });

  it('weighs the subject itself, named everywhere, least of all', () => {
    for (const id of ['tokayev', 'russia', 'china', 'aktau']) expect(weight('kazakhstan')).toBeLessThan(weight(id));
  });

  it('weighs a rarer name of the same kind above a common one', () => {
    expect(weight('china')).toBeGreaterThan(weight('russia'));
  });

  it('gives an unknown id a modest weight rather than none', () => {
    expect(weight('somewhere-new')).toBeGreaterThan(0);
  });
});
