// Keys that tell whether a page is the very article an item reviews: its address, or its outlet and headline.
import { foldKey, headlineKey } from '../dataset/text';

// Tracking parameters change nothing about which article an address names.
const TRACKING = /^(utm_|fbclid$|gclid$|mc_|ref$|ocid$|cmpid$)/i;

/** Host without "www.", path without a trailing slash, query without tracking parameters, no fragment. */
export function urlKey(url: string | null | undefined): string | null {
  if (!url) return null;
  const match = /^https?:\/\/(?:www\.)?([^/?#]+)([^?#]*)(\?[^#]*)?/i.exec(url.trim());
  if (!match) return null;
  const path = match[2].replace(/\/+$/, '');
  const query = (match[3] ?? '')
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING.test(pair.split('=')[0]))
    .sort()
    .join('&');
  return `${match[1].toLowerCase()}${path}${query ? `?${query}` : ''}`;
}

/** An outlet's name as a key: "The Diplomat" and "Diplomat" meet, as do "Euronews" and "euronews.com". */
export function outletKey(outlet: string | null | undefined): string | null {
  if (!outlet) return null;
  const key = foldKey(outlet)
    .replace(/^the /, '')
    .replace(/ (com|org|net|co uk|kz)$/, '');
  return key === '' ? null : key;
}

const outletKeys = new Map<string, string | null>();

/** outletKey, remembered: a dataset names the same few outlets again and again. */
export function outletKeyOf(outlet: string): string | null {
  let key = outletKeys.get(outlet);
  if (key === undefined) {
    key = outletKey(outlet);
    outletKeys.set(outlet, key);
  }
  return key;
}

export function articleHeadlineKey(headline: string | null | undefined): string | null {
  if (!headline) return null;
  const key = headlineKey(headline);
  return key === '' ? null : key;
}
