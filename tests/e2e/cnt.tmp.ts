import { startFixtureServer } from '../../scripts/lib/page-server';
import { launchExtension } from './support/extension';

const server = await startFixtureServer();
const b = await launchExtension();
for (const p of [
  '/demo/astana-uranium.html',
  '/fixtures/pages/central-en.html',
  '/fixtures/pages/popup-central.html',
  '/fixtures/pages/central-ru.html',
  '/fixtures/pages/mentions-en.html',
  '/fixtures/pages/central-kk.html',
]) {
  const { tabId, page } = await b.open(server.url(p));
  const r = await b.report(tabId);
  console.log(
    p,
    r?.highlighted,
    r?.analysis.findings.reduce((s, f) => s + f.count, 0),
    JSON.stringify(r?.onPage?.map((n) => n.count)),
  );
  await page.close();
}
await b.close();
await server.close();
