// `npm run bench`: every benchmark of the project, printed as tables with the targets beside them.
import { benchEngine } from './engine';
import { benchPages } from './page';

const only = process.argv[2];
const sections: [string, () => Promise<string[]> | string[]][] = [
  ['engine', benchEngine],
  ['pages', benchPages],
];

for (const [name, run] of sections) {
  if (only && only !== name) continue;
  console.log(`\n== ${name} ==`);
  for (const line of await run()) console.log(line);
}
