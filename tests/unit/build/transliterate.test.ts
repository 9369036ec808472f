// Russian names spelled as the German, Polish, French and Czech press spell them (scripts/lib/transliterate.ts).
import { describe, expect, it } from 'vitest';
import { schemes, transliterate } from '../../../scripts/lib/transliterate';

const spell = (name: string) =>
  Object.fromEntries(Object.entries(schemes).map(([lang, scheme]) => [lang, transliterate(name, scheme)]));

describe('transliteration', () => {
  it('spells a surname in -ев as each press does', () => {
    expect(spell('Токаев')).toEqual({ de: 'Tokajew', pl: 'Tokajew', fr: 'Tokaïev', cs: 'Tokajev' });
    expect(spell('Назарбаев')).toEqual({ de: 'Nasarbajew', pl: 'Nazarbajew', fr: 'Nazarbaïev', cs: 'Nazarbajev' });
  });

  it('spells sh, zh, ch and the soft vowels each in its own way', () => {
    expect(spell('Шымкент')).toEqual({ de: 'Schymkent', pl: 'Szymkent', fr: 'Chymkent', cs: 'Šymkent' });
    expect(spell('Жамбыл')).toEqual({ de: 'Schambyl', pl: 'Żambył', fr: 'Jambyl', cs: 'Žambyl' });
    expect(spell('Аблязов')).toEqual({ de: 'Abljasow', pl: 'Abliazow', fr: 'Abliazov', cs: 'Abljazov' });
  });

  it('doubles a French s only between vowels, and leaves names with Kazakh letters alone', () => {
    expect(transliterate('Касым-Жомарт', schemes.fr)).toBe('Kassym-Jomart');
    expect(transliterate('Семипалатинск', schemes.fr)).toBe('Semipalatinsk');
    expect(transliterate('Тоқаев', schemes.de)).toBeNull();
  });
});
