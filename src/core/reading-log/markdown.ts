// A digest as Markdown for a newsletter: its title, publisher and date, then each item's headline (linked to
// the article), outlet and date, and summary. Text from pages and readers is escaped, so it stays text.
import type { Digest } from '../dataset/schema';

/** Characters Markdown would read as formatting anywhere in a line, and those that matter at its start. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/^([#+=>-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** An address inside (…): spaces and parentheses percent-encoded, so the link cannot end early. */
function linkTarget(url: string): string {
  return url.replace(/[\s()<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function digestMarkdown(digest: Digest, formatDate: (date: string | null) => string): string {
  const lines: string[] = [`# ${escapeMarkdown(digest.title ?? digest.publisher)}`, ''];
  const byline = [digest.title ? digest.publisher : '', formatDate(digest.date ?? digest.month)].filter(Boolean);
  if (byline.length > 0) lines.push(`*${byline.map(escapeMarkdown).join(' · ')}*`, '');
  for (const item of digest.items) {
    const headline = escapeMarkdown(item.headline ?? item.outlet);
    lines.push(`## ${item.url ? `[${headline}](${linkTarget(item.url)})` : headline}`, '');
    const meta = [item.outlet, formatDate(item.published), item.author ?? ''].filter(Boolean).map(escapeMarkdown);
    lines.push(`*${meta.join(' · ')}*`, '', escapeMarkdown(item.summary), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
