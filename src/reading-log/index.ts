// The reader's own reading: the log the worker records, and the digest drafts composed from it.
export { addDraft, DRAFTS_KEY, deleteDraft, listDrafts, updateDraft, watchDrafts } from './drafts';
export {
  forgetAll,
  forgetEntry,
  forgetSiteEntries,
  LOG_FAILURE_KEY,
  type LogFailure,
  lastLogFailure,
  READING_LOG_KEY,
  readLog,
  recordEntry,
  watchLog,
} from './store';
