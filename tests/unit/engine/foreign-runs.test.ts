// A sentence's run of foreign names is one list: it counts once against a page about Kazakhstan, unless
// Kazakhstan stands in it too (then the page names it as one of N).
import { describe, expect, it } from 'vitest';
import { projectMatcher } from '../../../scripts/lib/engine-node';
import { analysePage } from '../../../src/core/engine';

const matcher = projectMatcher();
const page = (body: string) => analysePage(matcher, { url: 'https://news.example.com/', title: 'Flights', body });

describe('runs of foreign names', () => {
  it('count once where a sentence enumerates them', () => {
    const listed = page('Kazakhstan now flies direct to Turkey, Germany, Egypt, Poland and Italy.');
    expect(listed.signals.foreignEntities).toBe(1);
    const apart = page('Kazakhstan flies to Turkey. Germany wants more slots. Egypt and Italy wait.');
    expect(apart.signals.foreignEntities).toBe(4);
  });

  it('count name by name where Kazakhstan is one of the run', () => {
    const oneOfThem = page('The cuts fall on Saudi Arabia, Russia, Iraq, Kazakhstan and Oman.');
    expect(oneOfThem.signals.foreignEntities).toBe(4);
  });

  it('read a run joined by another language\'s "and"', () => {
    expect(page('Казахстан открыл прямые рейсы в Германию, Египет и Италию.').signals.foreignEntities).toBe(1);
  });

  it('read a run written with the Arabic comma and the "and" glued to each name', () => {
    expect(page('تحد كازاخستان من الشرق الصين، وروسيا، وتركمانستان، وقيرغيزستان.').signals.foreignEntities).toBe(1);
  });

  it('leave out of the run a name that a space alone sets before it, as a sentence sets its subject', () => {
    const kazakh = page('Қазақстандықтар Түркия, Грузия, Германия, Польша елдеріне барады.');
    expect(kazakh.signals.foreignEntities).toBe(1);
    expect(page('Kazakhstan flies there. Turkey Germany Poland').signals.foreignEntities).toBe(3);
  });

  it('join Thai names by a space alone, the way Thai separates a list', () => {
    expect(page('คาซัคสถานยกเว้นวีซ่าให้ บาห์เรน โคลอมเบีย อินโดนีเซีย คูเวต').signals.foreignEntities).toBe(1);
  });
});
