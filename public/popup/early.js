// @ts-check
// Runs before the popup's modules have loaded: a classic script with `async` (popup/index.html) starts as
// soon as it arrives, while the module graph still takes several rounds of requests. It sends the requests
// the first render waits for (the tab's address, the worker's report on it, the user's digests and the two
// data files), then the search index, so their answers come in while the modules load. popup/early.ts hands
// them over; where this script did not run (the dev server), the popup asks for them itself. Plain JavaScript, because a classic
// script is not bundled: the build copies it as it is. Its names are checked by tests/unit/popup/early.test.ts.
(() => {
  /** @type {typeof chrome} */
  const api = /** @type {any} */ (globalThis).browser ?? globalThis.chrome;
  const asked = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);
  /** @type {Promise<number | null>} */
  const tabId =
    Number.isInteger(asked) && asked >= 0
      ? Promise.resolve(asked)
      : api.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab?.id ?? null);
  /** @param {string} path */
  const text = (path) =>
    fetch(`/${path}`).then((response) =>
      response.ok ? response.text() : Promise.reject(new Error(`${path}: ${response.status}`)),
    );
  const dataset = text('data/dataset.json');
  const ranking = text('data/ranking.json');
  // The search index is needed only after the first render: asked for once the first render's files are in,
  // it does not slow their reading (a preload of it did, by about 8 ms).
  const searchIndex = Promise.allSettled([dataset, ranking]).then(() => text('data/search-index.json'));
  const early = {
    tabId,
    tabUrl: tabId.then((id) => (id === null ? null : api.tabs.get(id).then((tab) => tab.url ?? null))),
    report: tabId.then((id) => (id === null ? null : api.runtime.sendMessage({ type: 'tab-report', tabId: id }))),
    storedDigests: api.storage.local.get('userDigests'),
    // Whether the extension may read web pages: asked here so the first render knows (Firefox lets the user
    // withdraw it); popup/early.ts reads it only in Firefox.
    access: api.permissions.contains({ origins: ['http://*/*', 'https://*/*'] }),
    files: { 'data/dataset.json': dataset, 'data/ranking.json': ranking, 'data/search-index.json': searchIndex },
  };
  // Failures are the popup's to handle when it takes these; none is left unhandled meanwhile.
  for (const promise of [early.tabUrl, early.report, early.storedDigests, early.access, ...Object.values(early.files)])
    promise.catch(() => undefined);
  /** @type {any} */ (globalThis).kazakhstanLensEarly = early;
})();
