// The mark the reader leaves in the extension's isolated world of a page once it has started there, which
// the page cannot see: the worker may bring it in more than once.
export const READER_KEY = 'kazakhstanLensReader';
