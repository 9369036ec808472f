// The flags every launch of Chromium with the extension uses (tests, npm start, bench).

export function chromiumArgs(extensionDir: string): string[] {
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-features=Translate,MediaRouter,OptimizationHints',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}
