// The ranking's public face: build a model once, then rank items and find related coverage per page.

export { closeness, type Day, daysApart, toDay } from './dates';
export { buildRankingModel, type ItemEntry, itemDay, type ModelInput, type RankingModel } from './model';
export type { PageInput } from './page';
export {
  bundledRanking,
  type EntityNote,
  entityNotes,
  modelFromPrebuilt,
  PREBUILT_VERSION,
  type PrebuiltRanking,
  prebuildRanking,
} from './prebuilt';
export { storiesOf } from './prebuilt-stories';
export { type RankedItem, type RankOptions, rankItems } from './rank';
export { type RelatedOptions, relatedCoverage } from './related';
export { type ItemScore, type Reason, reviewedVia, scoreItem } from './score';
export { type EntityFacts, SUBJECT_IDS, specificityOf } from './specificity';
export { groupStories, linkStrength, STORY_DEFAULTS, type Story, type StoryOptions, storyIndex } from './stories';
