// Interface strings from the browser's i18n (public/_locales), and dates in the browser's language.
import browser from 'webextension-polyfill';
import type messages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/** The message in the browser's language; the key itself if a locale file lacks it (a test catches that). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

type PluralKey = 'readOthers';
let plurals: Intl.PluralRules | undefined;

/** A message with a number in the form the language wants (Russian: 1 материал, 2 материала, 5 материалов):
 *  the key's `_one`, `_few`, `_many` or `_other` form, as Intl.PluralRules names them; every locale has all four. */
export function tCount(key: PluralKey, count: number): string {
  plurals ??= new Intl.PluralRules(uiLanguage());
  const form = plurals.select(count);
  const known = form === 'one' || form === 'few' || form === 'many' ? form : 'other';
  return t(`${key}_${known}`, count);
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(options: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  let formatter = formats.get(key);
  if (!formatter) {
    // UTC: a dataset date names a calendar day, which the local zone must not shift.
    formatter = new Intl.DateTimeFormat(uiLanguage(), { ...options, timeZone: 'UTC' });
    formats.set(key, formatter);
  }
  return formatter;
}

let namesMonths: boolean | undefined;

/** Some builds of the browser know a language but not its month names, and print "2024 M01 21"; then
 *  dates are written with numbers only, as they commonly are in Kazakhstan (21.01.2024). */
function monthNamesKnown(): boolean {
  namesMonths ??= !/M\d/.test(format({ month: 'long', year: 'numeric' }, 'month').format(Date.UTC(2024, 0, 1)));
  return namesMonths;
}

const two = (n: number) => String(n).padStart(2, '0');

/** "7 Nov 2023" for a date, "November 2023" for a month, '' for nothing. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const [year, month, day] = value.split('-').map(Number);
  if (!year || !month) return value;
  if (!monthNamesKnown()) return day ? `${two(day)}.${two(month)}.${year}` : `${two(month)}.${year}`;
  if (!day) return format({ month: 'long', year: 'numeric' }, 'month').format(Date.UTC(year, month - 1, 1));
  return format({ day: 'numeric', month: 'short', year: 'numeric' }, 'day').format(Date.UTC(year, month - 1, day));
}
