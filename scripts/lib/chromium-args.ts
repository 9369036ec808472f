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
    '--disable-default-apps',
    '--disable-field-trial-config',
    '--no-service-autorun',
    '--password-store=basic',
    // Chromium's own calls home on start (network time, search preconnects, account lists): the privacy
    // journey sends the browser's every request through a proxy, and these are not the extension's.
    '--disable-features=Translate,MediaRouter,OptimizationHints,NetworkTimeServiceQuerying,AimEnabled,PreconnectToSearch',
    '--enable-features=SkipListAccountsWithoutGaiaCookies',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}
