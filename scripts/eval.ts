// `npm run eval`: accuracy of the verdict on the labelled corpus, and highlights on trap words.
import { type CorpusPage, loadCorpus, trapHits } from './lib/corpus';
import { projectMatcher } from './lib/engine-node';
import { readPage } from './lib/read-page';

const LABELS = ['central', 'mentions', 'none'] as const;

const matcher = projectMatcher();
const pages = loadCorpus();
const confusion: Record<string, Record<string, number>> = Object.fromEntries(
  LABELS.map((l) => [l, Object.fromEntries(LABELS.map((p) => [p, 0]))]),
);
const misses: string[] = [];
const trapProblems: string[] = [];
let trapPages = 0;

for (const page of pages) {
  const read = await readPage(matcher, page.html, page.url);
  const predicted = read.analysis.verdict;
  confusion[page.label][predicted]++;
  if (predicted !== page.label) {
    const names = read.analysis.findings.map((f) => `${f.name}×${f.count}`).join(', ');
    misses.push(describe(page, predicted, read.analysis.score, names, read.analysis.signals));
  }
  if (page.traps.length > 0) {
    trapPages++;
    const hits = trapHits(read.text, read.highlighted, page.traps);
    if (hits.length > 0) trapProblems.push(`${page.file}: highlighted ${hits.join(', ')}`);
  }
}

const truePositive = confusion.central.central;
const predictedCentral = LABELS.reduce((sum, label) => sum + confusion[label].central, 0);
const actualCentral = LABELS.reduce((sum, label) => sum + confusion.central[label], 0);
const precision = predictedCentral ? truePositive / predictedCentral : 0;
const recall = actualCentral ? truePositive / actualCentral : 0;
const langCounts = new Map<string, number>();
for (const page of pages) langCounts.set(page.lang, (langCounts.get(page.lang) ?? 0) + 1);
const byLang = [...langCounts].map(([lang, count]) => `${lang} ${count}`).join(', ');

console.log(`Corpus: ${pages.length} pages (${byLang})\n`);
console.log('Confusion matrix (rows: label, columns: verdict)');
console.log(`${''.padEnd(10)}${LABELS.map((l) => l.padStart(10)).join('')}`);
for (const label of LABELS)
  console.log(`${label.padEnd(10)}${LABELS.map((p) => String(confusion[label][p]).padStart(10)).join('')}`);
console.log(`\ncentral: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (target 0.95 each)`);
console.log(
  `accuracy over three classes: ${((LABELS.reduce((s, l) => s + confusion[l][l], 0) / pages.length) * 100).toFixed(1)}%`,
);
console.log(`\nTrap pages: ${trapPages}; highlights on trap words: ${trapProblems.length === 0 ? 'none' : ''}`);
for (const problem of trapProblems) console.log(`  ${problem}`);
if (misses.length > 0) {
  console.log('\nMisclassified pages:');
  for (const miss of misses) console.log(`  ${miss}`);
}

function describe(page: CorpusPage, predicted: string, score: number, names: string, signals: object): string {
  return `${page.file}: labelled ${page.label}, judged ${predicted} (score ${score}) — ${names || 'no names'}\n      ${JSON.stringify(signals)}`;
}
