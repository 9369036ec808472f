// Stable item ids: a short hash of what identifies the foreign article, independent of file order.
import { shortHash } from './hash';
import { foldKey, headlineKey } from './text';

/** The key two reviews of one article share: outlet + headline, or, without a headline, outlet +
 *  published date + the digest (such an item cannot be told apart from others across digests). */
export function itemIdentity(
  outlet: string,
  headline: string | null,
  published: string | null,
  digestId: string,
): string {
  const outletKey = foldKey(outlet);
  if (headline && headlineKey(headline) !== '') return `${outletKey}|${headlineKey(headline)}`;
  return `${outletKey}|${published ?? ''}|${digestId}`;
}

export function itemId(outlet: string, headline: string | null, published: string | null, digestId: string): string {
  return `i${shortHash(itemIdentity(outlet, headline, published, digestId))}`;
}
