// Prints figures about data/digests: counts, publishers, time range, entity coverage and resolution share.
import { buildDataset } from '../src/core/dataset/build';
import type { Digest } from '../src/core/dataset/schema';
import { computeStats } from '../src/core/dataset/stats';
import { validateDigest } from '../src/core/dataset/validate';
import { loadNameLookups, readDigestFiles } from './build-dataset';

const read = readDigestFiles();
const lookups = loadNameLookups();
const digests: Digest[] = [];
for (const { file, input } of read.files) {
  const check = validateDigest(input, file);
  if (check.ok) digests.push(check.digest);
  else console.warn(`skipped (invalid): ${check.problems[0]}`);
}
const output = buildDataset({ files: read.files, resolveName: lookups.resolveName, entityName: lookups.entityName });
const stats = computeStats(digests, output.dataset, lookups.resolveName);

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
console.log(`digests            ${stats.digests}`);
console.log(
  `items              ${stats.itemsBefore} as written, ${stats.itemsAfter} after dedup (${stats.itemsBefore - stats.itemsAfter} merged)`,
);
console.log(`publishers         ${stats.publishers.map(([name, count]) => `${name} ${count}`).join(', ')}`);
console.log(`outlets            ${stats.outlets}`);
const monthOnly = digests.filter((d) => !d.date && d.month).length;
const undated = digests.filter((d) => !d.date && !d.month).length;
const range = stats.dateRange ? `${stats.dateRange[0]} .. ${stats.dateRange[1]}` : 'none';
console.log(`digest dates       ${range} (${monthOnly} with a month only, ${undated} with neither)`);
console.log(`items per year     ${stats.itemsPerYear.map(([year, count]) => `${year}: ${count}`).join(', ')}`);
console.log(`entities covered   ${stats.entities} knowledge-base entities (of ${lookups.entities.length})`);
console.log(`fully resolved     ${percent(stats.resolvedShare)} of items have every entity in the knowledge base`);
if (stats.unresolvedNames.length > 0) {
  console.log(`unresolved names   ${stats.unresolvedNames.map(([name, count]) => `${name} (${count})`).join(', ')}`);
}
