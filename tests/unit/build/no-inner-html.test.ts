// The build takes Preact's one innerHTML assignment out (scripts/lib/vite-no-inner-html.ts): checked on the
// Preact this project installs, so an update that moves the code fails here and in the build, not silently.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { disableInnerHtml } from '../../../scripts/lib/vite-no-inner-html';

const preactPath = createRequire(import.meta.url)
  .resolve('preact')
  .replace(/preact\.(c?js|umd\.js)$/, 'preact.mjs');
const preact = readFileSync(preactPath, 'utf8');

describe('disableInnerHtml', () => {
  it('leaves Preact with no innerHTML assignment, and a refusal where it was', () => {
    expect(preact).toMatch(/\.innerHTML=\w+\.__html/);
    const safe = disableInnerHtml(preact);
    expect(safe).not.toMatch(/\.innerHTML\s*=/);
    expect(safe).toContain('dangerouslySetInnerHTML is disabled');
  });

  it('refuses code where the assignment is not found exactly once', () => {
    expect(() => disableInnerHtml('export const nothing = 1;')).toThrow('found 0');
  });
});
