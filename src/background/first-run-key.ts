// The storage key set once the first-run page was opened (first-run.ts): apart, so the tests can read it
// without loading the extension API.

/** Storage that outlives a reinstall (Firefox keeps it for a temporary add-on installed again on the same
 *  profile) keeps the page from opening twice. */
export const FIRST_RUN_KEY = 'firstRunShown';
