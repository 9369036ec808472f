// Checks a file the user imports on the options page: all of it is accepted, or none, with the reason.
import { importDigestText } from './importer';
import { parseJsonWithPosition } from './json-error';
import { findUnsafeText } from './safety';
import type { Digest } from './schema';
import { validateDigest } from './validate';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_DIGESTS = 200;

export interface ImportPreview {
  digests: number;
  items: number;
  publishers: string[];
  /** Earliest and latest digest date or month, when any is known. */
  range: [string, string] | null;
  /** Digests whose id was taken (bundled or imported earlier) and that got a new one. */
  renamed: { from: string; to: string }[];
  /** What the text importer could not read; the file is still accepted. */
  notes: string[];
}

export type UserFileResult = { ok: true; digests: Digest[]; preview: ImportPreview } | { ok: false; error: string };

const fail = (error: string): UserFileResult => ({ ok: false, error });

/**
 * `existing`: ids already taken (bundled digests and earlier imports). A clashing id is renamed
 * (id-user, id-user-2, ...) rather than refused: the user cannot easily edit the id of a text import,
 * and the rename is shown in the preview.
 */
export function parseUserFile(fileName: string, text: string, existing: Iterable<string> = []): UserFileResult {
  const bytes = utf8Length(text);
  if (bytes > MAX_FILE_BYTES) return fail(`file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB`);
  if (text.trim() === '') return fail('file is empty');

  const notes: string[] = [];
  let candidates: unknown[];
  if (/\.json$/i.test(fileName) || /^\s*[[{]/.test(text)) {
    const parsed = parseJsonWithPosition(text);
    if (!parsed.ok) return fail(parsed.error);
    candidates = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
  } else {
    const imported = importDigestText(text, { keepText: true });
    const missingOutlet = imported.report.unresolved.find((line) => line.includes('outlet not found'));
    if (missingOutlet) return fail(`digests[0] ${missingOutlet}: name the outlet in the item's first paragraph`);
    if (imported.digest.items.length === 0)
      return fail('no items found: each item needs a short heading line followed by its paragraphs');
    notes.push(...imported.report.unresolved);
    candidates = [imported.digest];
  }
  if (candidates.length === 0) return fail('the file holds no digests');
  if (candidates.length > MAX_DIGESTS)
    return fail(`the file holds ${candidates.length} digests; at most ${MAX_DIGESTS} can be imported at once`);

  const digests: Digest[] = [];
  for (const [index, candidate] of candidates.entries()) {
    const where = `digests[${index}]`;
    // Markup is checked first: it must be refused even in a field the schema would also reject.
    const unsafe = findUnsafeText(candidate, where);
    if (unsafe) return fail(unsafe);
    const check = validateDigest(candidate, where);
    if (!check.ok) {
      const more = check.problems.length > 1 ? ` (and ${check.problems.length - 1} more problem(s))` : '';
      return fail(`${check.problems[0]}${more}`);
    }
    digests.push(check.digest);
  }

  const inFile = new Set<string>();
  for (const [index, digest] of digests.entries()) {
    if (inFile.has(digest.id)) return fail(`digests[${index}].id: "${digest.id}" appears twice in the file`);
    inFile.add(digest.id);
  }
  const known = new Set(existing);
  const taken = new Set([...known, ...inFile]);
  const renamed: { from: string; to: string }[] = [];
  const final = digests.map((digest) => {
    if (!known.has(digest.id)) return digest;
    let to = `${digest.id}-user`;
    for (let n = 2; taken.has(to); n++) to = `${digest.id}-user-${n}`;
    taken.add(to);
    renamed.push({ from: digest.id, to });
    return { ...digest, id: to };
  });

  const dates = final
    .map((digest) => digest.date ?? digest.month)
    .filter((value): value is string => !!value)
    .sort();
  return {
    ok: true,
    digests: final,
    preview: {
      digests: final.length,
      items: final.reduce((sum, digest) => sum + digest.items.length, 0),
      publishers: [...new Set(final.map((digest) => digest.publisher))].sort(),
      range: dates.length > 0 ? [dates[0], dates[dates.length - 1]] : null,
      renamed,
      notes,
    },
  };
}

/** UTF-8 size without encoding a possibly large text. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
