// `npm run fit`: fits the verdict's weights on the whole labelled corpus and writes them to
// src/core/engine/verdict-weights.json. The fit is a logistic regression (scripts/lib/logistic.ts) of
// "central" against "mentions" over the pages that have an anchor (the others are none whatever the
// weights), with an L2 penalty chosen by cross-validation inside the corpus. `npm run eval` reports the
// same procedure cross-validated: those are the figures to quote.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { FEATURES } from '../src/core/engine/verdict-model';
import { readCorpus } from './lib/corpus-signals';
import { projectMatcher } from './lib/engine-node';
import { fitVerdict } from './lib/verdict-fit';

const OUT = new URL('../src/core/engine/verdict-weights.json', import.meta.url).pathname;

const pages = await readCorpus(projectMatcher());
const model = fitVerdict(pages);
writeFileSync(OUT, `${JSON.stringify(model, null, 2)}\n`);
execFileSync('npx', ['biome', 'format', '--write', OUT], { stdio: 'ignore' });
console.log(
  `Fitted on ${model.fittedOn.pages} pages with an anchor (${model.fittedOn.central} central), lambda ${model.lambda}:`,
);
for (const [i, name] of model.features.entries())
  console.log(`  ${name.padEnd(16)} ${model.weights[i] >= 0 ? ' ' : ''}${model.weights[i].toFixed(3)}`);
console.log(
  `  ${'bias'.padEnd(16)} ${model.bias.toFixed(3)}\nthreshold ${model.threshold}; ${Object.keys(FEATURES).length} features. Written to ${OUT}`,
);
