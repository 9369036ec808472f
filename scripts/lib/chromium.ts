// Finds a Chromium that still honours --load-extension, or fails with one line that says how to get one.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  `${process.env.HOME}/.cache/ms-playwright/chromium-1200/chrome-linux/chrome`,
  '/opt/chrome-for-testing/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
];

export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is ${fromEnv}, which does not exist. Install Chromium: apt-get install -y chromium`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chromium found (CHROME_PATH, /usr/bin/chromium, Chrome for Testing). Install it: apt-get install -y chromium',
  );
}
