// The user's own digests: storage and export.
export { exportFileName, exportText } from './export';
export { userDigestsKey } from './key';
export {
  addUserDigests,
  listUserDigests,
  removeUserDigest,
  type StoreResult,
  USER_DIGESTS_KEY,
  watchUserDigests,
} from './store';
