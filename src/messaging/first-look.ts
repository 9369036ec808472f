// What the first look (content-scripts/first-look.ts) leaves in the extension's isolated world of a page,
// for the worker to read with scripting.executeScript: the page itself cannot see it.
export const FIRST_LOOK_KEY = 'kazakhstanLensFirstLook';

export interface FirstLook {
  /** The sieve let the page through and the reader was asked for; false: no name could be on it. */
  mayHoldNames: boolean;
  /** The address the page had at the last look: a single-page site may have moved on since. */
  url: string;
  /** Looks at the page as it is now, and starts the reader if it passes: the worker calls it when the popup
   *  opens, since the page may have added its article after the last look. True if the reader is asked. */
  lookAgain?: () => boolean;
}

/** Fewer characters of text than this and a page is not an article (yet): it is given no verdict. */
export const MIN_ARTICLE_TEXT = 200;
