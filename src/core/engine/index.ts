// The engine's public face: everything a content script, the popup or a script needs.
export { analysePage, type PageText } from './analyse';
export { Matcher, type Mention } from './matcher';
export {
  type Analysis,
  type Finding,
  hasAnchor,
  isCounted,
  isHighlighted,
  judge,
  type MentionsReason,
  type SectionMentions,
  type Verdict,
} from './verdict';
export { countWords, wordsForDensity } from './words';
