// `npm run eval`: how right the verdict is on the labelled corpus, cross-validated. The pages are split
// into folds; each fold is judged by weights fitted (scripts/lib/verdict-fit.ts, as `npm run fit` does)
// on the other folds only, so no page is judged by weights that saw it. Reports precision and recall for
// central by language and by class, the confusion matrix, highlights on unrelated and trap pages, and the
// ten pages the model is most wrong about, with the signals that decided each.
import type { Verdict } from '../src/core/engine';
import { featureVector, probabilityOf } from '../src/core/engine/verdict-model';
import { PRESS_LANGUAGES } from '../src/core/kb/languages';
import { highlightsAny, type ReadCorpusPage, readCorpus, trapsHighlighted } from './lib/corpus-signals';
import { projectMatcher } from './lib/engine-node';
import { stratifiedFolds } from './lib/logistic';
import { fitVerdict } from './lib/verdict-fit';

const FOLDS = 10;
const LABELS = ['central', 'mentions', 'none'] as const;
const PRESS = PRESS_LANGUAGES;

const matcher = projectMatcher();
const pages = await readCorpus(matcher);
const folds = stratifiedFolds(
  pages.map((p) => p.page.label),
  pages.map((p) => p.page.file),
  FOLDS,
);

interface Judged {
  read: ReadCorpusPage;
  probability: number;
  verdict: Verdict;
  model: ReturnType<typeof fitVerdict>;
}

const judged: Judged[] = new Array(pages.length);
for (const fold of folds) {
  const held = new Set(fold);
  const model = fitVerdict(pages.filter((_, i) => !held.has(i)));
  for (const i of fold) {
    const probability = pages[i].anchored ? probabilityOf(pages[i].signals, model) : 0;
    const verdict: Verdict = !pages[i].anchored ? 'none' : probability >= model.threshold ? 'central' : 'mentions';
    judged[i] = { read: pages[i], probability, verdict, model };
  }
}

const count = (list: Judged[], key: (j: Judged) => string) => {
  const counts = new Map<string, number>();
  for (const j of list) counts.set(key(j), (counts.get(key(j)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
};
console.log(
  `Corpus: ${pages.length} pages; ${FOLDS}-fold cross-validation, each fold judged by weights fitted on the others.`,
);
console.log(`  by language: ${count(judged, (j) => j.read.page.lang)}`);
console.log(`  by label: ${count(judged, (j) => j.read.page.label)}`);
const CLASSES = ['homonym', 'place-or-row', 'short-news', 'furniture'];
const inClass = (name: string) => judged.filter((j) => j.read.page.classes?.includes(name)).length;
console.log(`  by class: ${CLASSES.map((name) => `${name} ${inClass(name)}`).join(', ')}`);

console.log('\nConfusion matrix, cross-validated (rows: label, columns: verdict)');
console.log(`${''.padEnd(10)}${LABELS.map((l) => l.padStart(10)).join('')}`);
for (const label of LABELS)
  console.log(
    `${label.padEnd(10)}${LABELS.map((v) => String(judged.filter((j) => j.read.page.label === label && j.verdict === v).length).padStart(10)).join('')}`,
  );

console.log(`\ncentral, cross-validated: ${figures(judged)} (target 0.97 each)`);
const threeWay = judged.filter((j) => j.read.page.label === j.verdict).length / judged.length;
console.log(`accuracy over three classes: ${(threeWay * 100).toFixed(1)}%`);

console.log('\nBy language');
for (const lang of [...new Set(judged.map((j) => j.read.page.lang))].sort())
  console.log(`  ${lang.padEnd(4)} ${figures(judged.filter((j) => j.read.page.lang === lang))}`);
console.log('By class');
const classes = [...new Set(judged.flatMap((j) => j.read.page.classes ?? []))].sort();
for (const name of [...classes, 'unclassed'])
  console.log(
    `  ${name.padEnd(13)} ${figures(judged.filter((j) => (j.read.page.classes?.length ? j.read.page.classes.includes(name) : name === 'unclassed')))}`,
  );

const unrelated = judged.filter((j) => j.read.page.label === 'none');
const lit = unrelated.filter((j) => highlightsAny(matcher, j.read, j.verdict));
console.log(
  `\nUnrelated pages with any highlight: ${lit.length} of ${unrelated.length}${lit.length ? `: ${lit.map((j) => j.read.page.file).join(', ')}` : ''}`,
);
const trapPages = judged.filter((j) => j.read.page.traps.length > 0);
const trapped = trapPages.flatMap((j) =>
  trapsHighlighted(matcher, j.read, j.verdict).map((hit) => `${j.read.page.file}: ${hit}`),
);
console.log(`Trap pages: ${trapPages.length}; highlights on trap words: ${trapped.length === 0 ? 'none' : ''}`);
for (const line of trapped) console.log(`  ${line}`);

console.log('\nThe press languages, each on its pages about Kazakhstan (detected central / central pages)');
console.log(
  `  ${PRESS.map((lang) => {
    const central = judged.filter((j) => j.read.page.lang === lang && j.read.page.label === 'central');
    return `${lang} ${central.filter((j) => j.verdict === 'central').length}/${central.length}`;
  }).join(', ')}`,
);

console.log('\nThe ten pages the model is most wrong about (cross-validated probability of central)');
const wrongness = (j: Judged) => (j.read.page.label === 'central' ? 1 - j.probability : j.probability);
for (const j of [...judged]
  .filter((j) => j.read.anchored)
  .sort((a, b) => wrongness(b) - wrongness(a))
  .slice(0, 10)) {
  const names = j.read.read.analysis.findings.map((f) => `${f.name}×${f.count}`).join(', ');
  console.log(
    `  ${j.read.page.file}: labelled ${j.read.page.label}, judged ${j.verdict} (p ${j.probability.toFixed(2)})`,
  );
  console.log(`      names: ${names || 'none'}`);
  console.log(`      decided by: ${contributions(j)}`);
}

const shipped = pages.filter((p) => p.anchored).length;
console.log(
  `\n(For comparison only, the shipped weights on every page they were fitted on: ${figures(pages.map((p) => ({ read: p, probability: 0, verdict: p.read.analysis.verdict, model: judged[0].model })))}; ${shipped} pages with an anchor.)`,
);

function figures(list: Judged[]): string {
  const tp = list.filter((j) => j.read.page.label === 'central' && j.verdict === 'central').length;
  const predicted = list.filter((j) => j.verdict === 'central').length;
  const actual = list.filter((j) => j.read.page.label === 'central').length;
  const p = predicted ? (tp / predicted).toFixed(3) : '  -  ';
  const r = actual ? (tp / actual).toFixed(3) : '  -  ';
  const right = list.filter((j) => j.verdict === j.read.page.label).length;
  return `precision ${p}, recall ${r}; verdict right on ${right} of ${list.length} pages (${actual} central)`;
}

/** The features that moved the page's score the most, with their weight times value. */
function contributions(j: Judged): string {
  const x = featureVector(j.read.signals, j.model.features);
  return j.model.features
    .map((name, i) => ({ name, value: j.model.weights[i] * x[i] }))
    .filter((c) => Math.abs(c.value) >= 0.05)
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
    .slice(0, 6)
    .map((c) => `${c.name} ${c.value >= 0 ? '+' : ''}${c.value.toFixed(2)}`)
    .join(', ');
}
