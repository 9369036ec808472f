// How the look and the reader end on a page where something failed: the page must never notice us, so a
// failure stays in the console, quietly.
export function stopQuietly(error: unknown): void {
  console.debug('Kazakhstan Lens stopped on this page:', error);
}
