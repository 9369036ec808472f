// Dates as day numbers, so closeness between a page and an item, or two items, is a subtraction.

/** A point in time with how sure it is: a month-only date may be off by half a month. */
export interface Day {
  day: number;
  slack: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** YYYY-MM-DD (or a longer ISO stamp) exactly; YYYY-MM as the middle of the month; anything else null. */
export function toDay(value: string | null | undefined): Day | null {
  if (!value) return null;
  const date = DATE.exec(value);
  if (date) return { day: Date.UTC(+date[1], +date[2] - 1, +date[3]) / 86_400_000, slack: 0 };
  const month = MONTH.exec(value);
  if (month) return { day: Date.UTC(+month[1], +month[2] - 1, 15) / 86_400_000, slack: 15 };
  return null;
}

/** Days between two dates, less what their slack allows (never below zero). */
export function daysApart(a: Day, b: Day): number {
  return Math.max(0, Math.abs(a.day - b.day) - a.slack - b.slack);
}

/** 1 on the same day, about 0.5 a month apart, near 0 after a quarter. */
export function closeness(a: Day | null, b: Day | null, halfLifeDays = 30): number {
  if (!a || !b) return 0;
  return 0.5 ** (daysApart(a, b) / halfLifeDays);
}
