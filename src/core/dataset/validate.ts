// Checks one parsed digest against the schema, reporting every problem with its place.
import * as v from 'valibot';
import { formatIssues } from './issues';
import { type Digest, DigestSchema } from './schema';

export type DigestCheck = { ok: true; digest: Digest } | { ok: false; problems: string[] };

/** `where` prefixes each problem: a file name for the project's files, digests[3] for a user's file. */
export function validateDigest(input: unknown, where: string): DigestCheck {
  const result = v.safeParse(DigestSchema, input);
  if (result.success) return { ok: true, digest: result.output };
  return { ok: false, problems: formatIssues(where, result.issues) };
}
