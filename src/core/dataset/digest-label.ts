// What names a digest in a list: its own title, or, where its page gave none, its first items' headlines,
// which tell a reader what it covered (a publisher and a month alone do not).

/** The fields of an item that can name it; an item without a headline is named by its outlet. */
export interface LabelItem {
  headline: string | null;
  outlet: string;
}

/** How many headlines stand for a digest without a title. */
export const LABEL_HEADLINES = 2;

/** The digest's title, else its first headlines joined by "; " (outlets for items without one). */
export function digestLabel(
  digest: { title: string | null; publisher: string },
  items: readonly LabelItem[],
  count = LABEL_HEADLINES,
): string {
  const title = digest.title?.trim();
  if (title) return title;
  const names = items.slice(0, count).map((item) => item.headline?.trim() || item.outlet);
  if (names.length === 0) return digest.publisher;
  return items.length > count ? `${names.join('; ')}; …` : names.join('; ');
}
