// The one-line reason a tab has no analysis, from its address.
import { describe, expect, it } from 'vitest';
import { whyUnread } from '../../../popup/data/why-unread';

describe('whyUnread', () => {
  it('names browser pages, PDFs, stores, and pages the script has not read yet', () => {
    expect(whyUnread('chrome://settings/')).toBe('browser-page');
    expect(whyUnread('https://example.org/files/report.PDF?download=1')).toBe('pdf');
    expect(whyUnread('https://addons.mozilla.org/en-US/firefox/')).toBe('restricted');
    expect(whyUnread('https://example.org/a')).toBe('not-run');
  });

  it('asks for access where the browser has not granted it (Firefox), but not on browser pages', () => {
    expect(whyUnread('https://example.org/a', false)).toBe('no-access');
    expect(whyUnread('about:addons', false)).toBe('browser-page');
    expect(whyUnread(null)).toBe('browser-page');
  });

  it('never calls a tab whose address is hidden a browser page when access is withdrawn', () => {
    // Firefox hides every tab's address from an extension without access: a news page's too.
    expect(whyUnread(null, false)).toBe('no-access');
  });
});
