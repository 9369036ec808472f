// Turns valibot issues into one-line problems that name the place: "digests[3].items[1].published: not a date: 2023-13-45".
import type { BaseIssue } from 'valibot';

type Issue = BaseIssue<unknown>;

/** A path like items[1].published, from valibot's path items. */
export function issuePath(issue: Issue): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    path += typeof key === 'number' ? `[${key}]` : path === '' ? String(key) : `.${String(key)}`;
  }
  return path;
}

/** One line per issue, each prefixed with where the checked value sits (a file name, digests[3], ...). */
export function formatIssues(prefix: string, issues: readonly Issue[]): string[] {
  return issues.map((issue) => {
    const path = issuePath(issue);
    const where =
      path === '' ? prefix : path.startsWith('[') || prefix === '' ? `${prefix}${path}` : `${prefix}.${path}`;
    return `${where || '(file)'}: ${issue.message}`;
  });
}
