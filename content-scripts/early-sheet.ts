// Content script at document_start: adopts the highlight colours before the page has any element, so that
// painting highlights later restyles nothing (see highlight-sheet.ts). It reads nothing and sends nothing.
import { adoptHighlightSheet, highlightApiAvailable } from './highlight-sheet';

if (window.top === window && highlightApiAvailable()) adoptHighlightSheet();
