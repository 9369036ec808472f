// Finds markup or script in a user's digest: text fields must be plain text, addresses plain http(s).

// "<" followed by a letter, "/" or "!" opens a tag, a closing tag or a comment/doctype.
const MARKUP = /<[\p{L}/!]/u;
const SCRIPT_URL = /javascript:/i;

/** The first field holding markup or a script address, as "path: problem"; null when all are clean. */
export function findUnsafeText(value: unknown, path: string): string | null {
  if (typeof value === 'string') {
    if (MARKUP.test(value)) return `${path}: contains HTML or script (${excerpt(value)}); only plain text is accepted`;
    if (SCRIPT_URL.test(value)) return `${path}: contains a javascript: address; only http(s) addresses are accepted`;
    return null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafeText(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      // A key is text the options page may show too.
      const found = findUnsafeText(key, `${path} (a field name)`) ?? findUnsafeText(child, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

function excerpt(value: string): string {
  const at = value.search(MARKUP);
  return JSON.stringify(value.slice(at, at + 24));
}
