// `npm run explain -- de/central-x.html`: what the extension reads on corpus pages (or HTML files): where the
// article was found, every name and whether it counted (lede, body, or out: furniture or outside), the signals.
import { readFileSync } from 'node:fs';
import { loadCorpus } from './lib/corpus';
import { projectMatcher } from './lib/engine-node';
import { readPage } from './lib/read-page';

const matcher = projectMatcher();
const pages = loadCorpus();
for (const file of process.argv.slice(2)) {
  const page = pages.find((p) => p.file === file);
  const html = page?.html ?? readFileSync(file, 'utf8');
  const read = await readPage(matcher, html, page?.url ?? 'https://example.com/');
  console.log(`\n${file}: ${read.analysis.verdict} ${read.analysis.score} via ${read.article?.via}`);
  console.log('  signals', JSON.stringify(read.analysis.signals));
  const where = (m: { start: number }) =>
    read.sections.lede.some((x) => x.start === m.start)
      ? 'lede'
      : read.sections.body.some((x) => x.start === m.start)
        ? 'body'
        : 'out';
  for (const m of read.mentions) {
    const e = matcher.kb.entities[m.entity];
    if (e.strength === 'ranking') continue;
    console.log(
      `  ${where(m)} ${e.id}/${e.strength}${m.weak ? '/weak' : ''}: …${read.text.slice(Math.max(0, m.start - 40), m.end + 30).replace(/\s+/g, ' ')}…`,
    );
  }
  console.log('  title mentions', read.sections.title.map((m) => matcher.kb.entities[m.entity].id).join(', '));
}
