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
  return identityOfKeys(foldKey(outlet), headline ? headlineKey(headline) : null, published, digestId);
}

/** The same, from the outlet's and the headline's keys already made (foldKey, headlineKey). */
export function identityOfKeys(
  outletKey: string,
  headlineKey: string | null,
  published: string | null,
  digestId: string,
): string {
  if (headlineKey) return `${outletKey}|${headlineKey}`;
  return `${outletKey}|${published ?? ''}|${digestId}`;
}

export const idOfIdentity = (identity: string) => `i${shortHash(identity)}`;

export function itemId(outlet: string, headline: string | null, published: string | null, digestId: string): string {
  return idOfIdentity(itemIdentity(outlet, headline, published, digestId));
}
