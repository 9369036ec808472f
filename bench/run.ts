// `npm run bench`: every benchmark of the project, printed as tables with the targets beside them.
import { benchCapture } from './capture';
import { benchDataset } from './dataset';
import { benchEngine } from './engine';
import { benchPages } from './page';
import { benchPopup } from './popup';

const only = process.argv[2];
const sections: [string, () => Promise<string[]> | string[]][] = [
  ['engine', benchEngine],
  ['pages', benchPages],
  ['popup', benchPopup],
  ['dataset', benchDataset],
  ['capture', benchCapture],
];

for (const [name, run] of sections) {
  if (only && only !== name) continue;
  console.log(`\n== ${name} ==`);
  for (const line of await run()) console.log(line);
}
