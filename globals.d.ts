/** The browser a build targets, set by vite.config.ts: 'chrome' or 'firefox'. */
declare const __TARGET__: 'chrome' | 'firefox';
