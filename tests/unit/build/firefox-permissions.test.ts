// What Firefox tells a user at install, read from the installed Firefox's own list of permissions it
// describes: the popup's question to the first look (the "scripting" permission) adds no line to it, and the host
// access asked for is the same as before it.
import { existsSync, readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../../manifest.config';

const OMNI = ['/usr/lib/firefox-esr/omni.ja', '/usr/lib/firefox/omni.ja'].find((path) => existsSync(path));
const MESSAGES = 'modules/ExtensionPermissionMessages.sys.mjs';

/** The permissions Firefox has an install message for, as its own module lists them. */
function describedByFirefox(): Set<string> {
  if (!OMNI) throw new Error('Firefox is not installed: apt-get install -y firefox-esr');
  const files = unzipSync(readFileSync(OMNI), { filter: (file) => file.name === MESSAGES });
  const source = new TextDecoder().decode(files[MESSAGES]);
  const list = /PERMISSIONS_WITH_MESSAGE = new Set\(\[([^\]]*)\]/.exec(source)?.[1];
  if (!list) throw new Error(`Firefox's ${MESSAGES} no longer lists PERMISSIONS_WITH_MESSAGE`);
  return new Set([...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]));
}

describe('install warnings in Firefox', () => {
  it('name no permission of ours but host access, which is what it was before the popup asked the first look', () => {
    const described = describedByFirefox();
    expect(described.has('tabs')).toBe(true);
    const manifest = manifestFor('firefox') as { permissions: string[]; host_permissions: string[] };
    expect(manifest.permissions.filter((permission) => described.has(permission))).toEqual([]);
    expect(manifest.permissions).toContain('scripting');
    expect(manifest.host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });
});
