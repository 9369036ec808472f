// Suggests topics for an imported item from words in its text; a maintainer confirms them.
import type { Topic } from './topics';

// Word stems per topic, matched at the start of words ("diplomat" finds diplomacy, diplomatic); a stem
// ending in a space must be the whole word ("war " is not "warn", "port " is not "portray").
const KEYWORDS: Record<Topic, string[]> = {
  diplomacy: [
    'diplomat',
    'foreign minist',
    'foreign polic',
    'bilateral',
    'summit',
    'visit',
    'ambassador',
    'treaty',
    'neutrality',
    'multilateral',
  ],
  politics: [
    'election',
    'referendum',
    'parliament',
    'constitution',
    'reform',
    'party',
    'government',
    'cabinet',
    'vote',
  ],
  economy: ['econom', 'trade', 'gdp', 'growth', 'export', 'import', 'industr', 'market'],
  energy: [
    'oil',
    'gas',
    'energy',
    'nuclear power',
    'pipeline',
    'electricit',
    'renewable',
    'hydrogen',
    'opec',
    'refiner',
  ],
  transport: [
    'transport',
    'transit',
    'logistic',
    'railway',
    'rail',
    'port ',
    'ports ',
    'corridor',
    'cargo',
    'freight',
    'flight',
    'airport',
  ],
  security: [
    'security',
    'military',
    'defence',
    'defense',
    'terror',
    'war ',
    'wars ',
    'conflict',
    'nuclear test',
    'weapon',
  ],
  society: ['societ', 'social', 'migra', 'youth', 'famil', 'population', 'evacuat'],
  culture: ['cultur', 'music', 'concert', 'film', 'heritage', 'museum', 'festival', 'cuisine'],
  sport: ['sport', 'olympic', 'athlet', 'champion', 'games', 'tournament', 'boxing', 'football'],
  environment: ['environment', 'climate', 'emission', 'wildfire', 'flood', 'water', 'ecolog', 'pollution', 'drought'],
  technology: [
    'technolog',
    'digital',
    'artificial intelligence',
    'ai ',
    'startup',
    'innovation',
    'fintech',
    'crypto',
    '5g',
  ],
  space: ['space', 'cosmodrome', 'satellite', 'baikonur', 'astronaut'],
  agriculture: ['agricultur', 'wheat', 'grain', 'farm', 'fertili', 'livestock', 'flour'],
  mining: ['mining', 'uranium', 'rare earth', 'critical raw', 'critical mineral', 'mineral', 'deposit', 'metal'],
  finance: ['bank', 'financ', 'currenc', 'stock', 'ipo', 'bond', 'rating'],
  investment: ['invest', 'investor', 'fdi', 'venture'],
  'human-rights': ['human right', 'rights', 'freedom', 'torture'],
  health: ['health', 'hospital', 'medic', 'disease', 'pandemic', 'vaccin'],
  education: ['educat', 'universit', 'school', 'student', 'scholarship'],
  tourism: ['touris', 'travel', 'visa-free', 'visa free', 'visitor', 'destination'],
  religion: ['religio', 'interfaith', 'church', 'mosque', 'faith'],
  media: ['media', 'journalis', 'newspaper', 'broadcast', 'press freedom'],
};

export const MAX_SUGGESTED_TOPICS = 3;

/** Non-overlapping occurrences, as splitting would count them, without making the pieces: the popup runs
 *  this over a page's text for every stem before its first render. */
function occurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) count++;
  return count;
}

/** Up to three topics, the most mentioned first; none when nothing matches. */
export function suggestTopics(text: string): Topic[] {
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, ' ')} `;
  const scored: [Topic, number][] = [];
  for (const [topic, stems] of Object.entries(KEYWORDS) as [Topic, string[]][]) {
    let hits = 0;
    for (const stem of stems) hits += occurrences(lower, ` ${stem}`);
    if (hits > 0) scored.push([topic, hits]);
  }
  return scored
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_SUGGESTED_TOPICS)
    .map(([topic]) => topic);
}
