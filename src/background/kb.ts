// The whole knowledge base (data/kb.json, 650 KB with its descriptions), read once per worker when first
// needed: bundled into the worker, it would be parsed at every start of the worker, which starts again after
// each idle spell. Hover cards name entities with it; the ranking resolves user digests' names with it.
import browser from 'webextension-polyfill';
import type { CompiledKb } from '../core/kb/compiled';

let kb: Promise<CompiledKb> | undefined;

export function compiledKb(): Promise<CompiledKb> {
  kb ??= fetch(browser.runtime.getURL('data/kb.json')).then((response) => {
    if (!response.ok) throw new Error(`knowledge base: ${response.status}`);
    return response.json() as Promise<CompiledKb>;
  });
  // A failed read is tried again next time, not remembered.
  kb.catch(() => {
    kb = undefined;
  });
  return kb;
}
