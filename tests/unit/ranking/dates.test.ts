// Dates as day numbers: parsing, distance with a month's slack, closeness.
import { describe, expect, it } from 'vitest';
import { closeness, daysApart, toDay } from '../../../src/core/ranking';

describe('dates', () => {
  it('reads dates, months and timestamps; refuses the rest', () => {
    expect(toDay('2024-03-01')?.slack).toBe(0);
    expect(toDay('2024-03')?.slack).toBe(15);
    expect(toDay('2024-03-01T10:00:00Z')?.day).toBe(toDay('2024-03-01')?.day);
    expect(toDay('March 2024')).toBeNull();
    expect(toDay(null)).toBeNull();
  });

  it('counts days apart, less the slack of a month-only date', () => {
    expect(daysApart(toDay('2024-03-01')!, toDay('2024-03-11')!)).toBe(10);
    expect(daysApart(toDay('2024-03-01')!, toDay('2024-03')!)).toBe(0);
  });

  it('is 1 on the same day, a half after the half-life, 0 when a date is unknown', () => {
    expect(closeness(toDay('2024-03-01'), toDay('2024-03-01'))).toBe(1);
    expect(closeness(toDay('2024-03-01'), toDay('2024-03-31'))).toBeCloseTo(0.5, 5);
    expect(closeness(toDay('2024-03-01'), null)).toBe(0);
  });
});
