// Ordinary prose for the name sieve to rank a name's words by how common they are (src/core/engine/
// name-sieve.ts): the digests' headlines and summaries and the knowledge base's descriptions, all ours.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledKb } from '../../src/core/kb/compiled';

const DIGESTS = new URL('../../data/digests/', import.meta.url).pathname;

interface DigestFile {
  items: { headline?: string | null; summary?: string }[];
}

export function sieveProse(kb: CompiledKb): string[] {
  const digests = readdirSync(DIGESTS)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(DIGESTS, name), 'utf8')) as DigestFile);
  return [
    ...digests.flatMap((digest) => digest.items.flatMap((item) => [item.headline ?? '', item.summary ?? ''])),
    ...kb.entities.map((entity) => entity.description),
  ];
}
