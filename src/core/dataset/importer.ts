// Reads a digest in the published text layout (data/seeds/) into a draft Digest and a report of the gaps.

import { shortHash } from './hash';
import { findDigestDate, splitLayout } from './importer-blocks';
import { findAuthor, findOutlet } from './importer-meta';
import type { Digest, DigestItem } from './schema';
import { straightenQuotes } from './text';
import { suggestTopics } from './topic-keywords';

export interface ImportOptions {
  /** Keep the digest's paragraphs as summaries: only for a user's own import. The project's dataset
   *  holds no publisher's sentences, so by default summaries are left empty for a maintainer to write. */
  keepText?: boolean;
  /** Names of entities found in a text (the engine); without it, entities stay empty. */
  tagEntities?: (text: string) => string[];
  /** Outlet names to prefer over the generic capture (e.g. the knowledge base's media). */
  outlets?: string[];
  publisher?: string;
  id?: string;
  url?: string | null;
}

export interface ImportReport {
  /** What could not be read, one line each, naming the item. */
  unresolved: string[];
}

export interface ImportResult {
  digest: Digest;
  report: ImportReport;
}

const PUBLISHERS = [
  'The Astana Times',
  'Kazinform',
  'Qazinform',
  'Kazakhstan Today',
  'Qazaq TV',
  'Kazakh TV',
  'Ratel.kz',
  'Akorda',
  'Silk Way TV',
  'Tengrinews',
];

/** "The Astana Times" → "astanatimes", the prefix the project's digest ids use. */
export function publisherSlug(publisher: string): string {
  return (
    publisher
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[^a-z0-9]+/g, '') || 'digest'
  );
}

export function importDigestText(text: string, options: ImportOptions = {}): ImportResult {
  const layout = splitLayout(straightenQuotes(text));
  const unresolved: string[] = [];
  const date = findDigestDate(layout.preamble);
  if (!date) unresolved.push('digest: no date found in the first lines');
  const intro = layout.preamble.join(' ');
  const publisher = options.publisher ?? PUBLISHERS.find((name) => intro.includes(name)) ?? null;
  if (!publisher) unresolved.push('digest: publisher not named in the introduction');
  if (layout.items.length === 0)
    unresolved.push('digest: no item headings found (a short line followed by paragraphs)');

  const items: DigestItem[] = layout.items.map(({ heading, paragraphs }, index) => {
    const where = `item ${index} ("${heading}")`;
    const { outlet, published } = findOutlet(paragraphs, date, options.outlets);
    if (!outlet) unresolved.push(`${where}: outlet not found`);
    else if (!published) unresolved.push(`${where}: the outlet's date is not stated`);
    const author = findAuthor(paragraphs, outlet);
    const body = [heading, ...paragraphs].join('\n');
    return {
      headline: heading,
      outlet: outlet ?? '',
      published,
      author,
      summary: options.keepText ? paragraphs.join('\n\n') : '',
      entities: options.tagEntities ? [...new Set(options.tagEntities(body))] : [],
      topics: suggestTopics(body),
      url: null,
    };
  });

  const name = publisher ?? 'Unknown publisher';
  // Without a date, a hash of the headings keeps the id stable for the same text.
  const suffix = date ?? shortHash(layout.items.map((item) => item.heading).join('\n')).slice(0, 8);
  const digest: Digest = {
    id: options.id ?? `${publisherSlug(name)}-${suffix}`,
    publisher: name,
    date,
    month: date ? date.slice(0, 7) : null,
    url: options.url ?? null,
    title: null,
    items,
  };
  return { digest, report: { unresolved } };
}
