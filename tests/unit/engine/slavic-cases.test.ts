// The Polish and Czech case forms of other countries' names, made at build time (scripts/lib/slavic-cases.ts).
import { describe, expect, it } from 'vitest';
import { countryCases } from '../../../scripts/lib/slavic-cases';

describe('countryCases', () => {
  it('declines Polish names by their paradigm', () => {
    expect(countryCases('Dania', 'pl')).toEqual(['Danii', 'Danię', 'Danią']);
    expect(countryCases('Rosja', 'pl')).toEqual(['Rosji', 'Rosję', 'Rosją']);
    expect(countryCases('Polska', 'pl')).toEqual(['Polski', 'Polskę', 'Polską', 'Polsce']);
    expect(countryCases('Ukraina', 'pl')).toEqual(['Ukrainy', 'Ukrainę', 'Ukrainą', 'Ukrainie']);
    expect(countryCases('Egipt', 'pl')).toEqual(['Egiptu', 'Egiptem', 'Egipcie']);
    expect(countryCases('Irak', 'pl')).toEqual(['Iraku', 'Irakiem']);
  });

  it('declines Czech names by their paradigm', () => {
    expect(countryCases('Arménie', 'cs')).toEqual(['Arménii', 'Arménií']);
    expect(countryCases('Dánsko', 'cs')).toEqual(['Dánska', 'Dánsku', 'Dánskem']);
    expect(countryCases('Ukrajina', 'cs')).toEqual(['Ukrajiny', 'Ukrajinu', 'Ukrajinou', 'Ukrajině']);
  });

  it('leaves plurals, names of several words and other languages alone', () => {
    expect(countryCases('Niemcy', 'pl')).toEqual([]);
    expect(countryCases('Chile', 'pl')).toEqual([]);
    expect(countryCases('Stany Zjednoczone', 'pl')).toEqual([]);
    expect(countryCases('Dania', 'de')).toEqual([]);
  });
});
