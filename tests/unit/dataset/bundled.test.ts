import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadNameLookups, readDigestFiles } from '../../../scripts/build-dataset';
import { buildDataset } from '../../../src/core/dataset/build';
import { checkProjectRules } from '../../../src/core/dataset/rules';
import { validateDigest } from '../../../src/core/dataset/validate';
import { createNameResolver } from '../../../src/core/kb/resolve';

const read = readDigestFiles();
const kbReady = readdirSync(new URL('../../../data/kb/', import.meta.url)).some((name) => name.endsWith('.json'));

describe('the project digests (data/digests)', () => {
  it('all parse, match the schema and keep the project rules', () => {
    expect(read.problems).toEqual([]);
    expect(read.files.length).toBeGreaterThan(100);
    const problems = read.files.flatMap(({ file, input }) => {
      const check = validateDigest(input, file);
      return check.ok ? checkProjectRules(file, check.digest) : check.problems;
    });
    expect(problems).toEqual([]);
  });

  it.runIf(kbReady)('build with every entity resolved to the knowledge base', () => {
    const lookups = loadNameLookups();
    const output = buildDataset({
      files: read.files,
      resolveName: lookups.resolveName,
      entityName: lookups.entityName,
    });
    expect(output.problems).toEqual([]);
    expect(output.counts.merged).toBeGreaterThan(0);
    expect(new Set(output.dataset.items.map((item) => item.id)).size).toBe(output.dataset.items.length);
    expect(createNameResolver(lookups.entities)('Kassym-Jomart Tokayev')).toBeDefined();
  });
});
