// `npm run eval` (ranking part): each dataset item, made into a page from its headline and summary, must find itself.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { DatasetAsset } from '../src/core/dataset/asset';
import { type LoadedDataset, loadDataset } from '../src/core/dataset/load';
import { analysePage, type Matcher } from '../src/core/engine';
import {
  buildRankingModel,
  groupStories,
  type PageInput,
  rankItems,
  relatedCoverage,
  storyIndex,
} from '../src/core/ranking';
import { projectMatcher } from './lib/engine-node';

const DATA = new URL('../generated/public/data/', import.meta.url).pathname;
const PAGE_URL = 'https://example.org/article';

export interface RankingReport {
  items: number;
  top1: number;
  top3: number;
  /** Items in a story several outlets told, and how many of those showed the story under related coverage. */
  storyItems: number;
  storiesShown: number;
  misses: string[];
  storyMisses: string[];
}

export function loadGeneratedDataset(dir = DATA): LoadedDataset {
  if (!existsSync(`${dir}dataset.json`))
    throw new Error(`${dir}dataset.json is missing: run \`npm run build:data\` first`);
  const dataset = JSON.parse(readFileSync(`${dir}dataset.json`, 'utf8')) as DatasetAsset;
  return loadDataset(dataset, readFileSync(`${dir}search-index.json`, 'utf8'));
}

export function evaluateRanking(matcher: Matcher, data: LoadedDataset): RankingReport {
  const facts = new Map(matcher.kb.entities.map((entity) => [entity.id, entity]));
  const model = buildRankingModel({ items: data.items, digestById: data.digestById, facts: (id) => facts.get(id) });
  const storyOf = storyIndex(groupStories(model));
  const report: RankingReport = {
    items: 0,
    top1: 0,
    top3: 0,
    storyItems: 0,
    storiesShown: 0,
    misses: [],
    storyMisses: [],
  };
  for (const item of data.items) {
    // The page a reader might meet: headline and summary, no ids, no outlet, no date.
    const analysis = analysePage(matcher, { url: PAGE_URL, title: item.headline ?? '', body: item.summary });
    const page: PageInput = {
      url: PAGE_URL,
      headline: item.headline ?? '',
      text: item.summary,
      published: null,
      outlet: null,
      entities: [...analysis.findings, ...analysis.rankingEntities],
    };
    const ranked = rankItems(model, page, { limit: 20 });
    const position = ranked.findIndex((entry) => entry.item.id === item.id);
    report.items++;
    if (position === 0) report.top1++;
    if (position >= 0 && position < 3) report.top3++;
    if (position !== 0) {
      const first = ranked[0];
      const rival = first
        ? `first was ${first.item.outlet}: "${first.item.headline ?? first.item.summary.slice(0, 60)}"`
        : 'nothing ranked';
      report.misses.push(
        `${item.id} (${item.outlet}: "${item.headline ?? item.summary.slice(0, 60)}") at ${position < 0 ? 'none' : position + 1}; ${rival}`,
      );
    }
    const story = storyOf.get(item.id);
    if (story && story.outlets.length > 1) {
      report.storyItems++;
      if (relatedCoverage(ranked, storyOf).includes(story)) report.storiesShown++;
      else
        report.storyMisses.push(
          `${item.id}: its story ${story.id} (${story.outlets.join(', ')}) not under related coverage`,
        );
    }
  }
  return report;
}

export function printRankingReport(report: RankingReport): boolean {
  const pct = (n: number, of: number) => `${of === 0 ? '—' : ((n / of) * 100).toFixed(1)}%`;
  const top1 = report.top1 / Math.max(report.items, 1);
  const top3 = report.top3 / Math.max(report.items, 1);
  console.log(`\nRanking: ${report.items} items, each made into a page from its headline and summary`);
  console.log(`  item itself first: ${report.top1} (${pct(report.top1, report.items)}; target 90%)`);
  console.log(`  item in the top 3: ${report.top3} (${pct(report.top3, report.items)}; target 98%)`);
  console.log(
    `  items of stories several outlets told: ${report.storyItems}; story shown under related coverage: ${report.storiesShown} (${pct(report.storiesShown, report.storyItems)})`,
  );
  if (report.misses.length > 0) {
    console.log('\nRanking misses (item not first):');
    for (const miss of report.misses) console.log(`  ${miss}`);
  }
  if (report.storyMisses.length > 0) {
    console.log('\nRelated coverage misses:');
    for (const miss of report.storyMisses) console.log(`  ${miss}`);
  }
  return top1 >= 0.9 && top3 >= 0.98 && report.storiesShown === report.storyItems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const passed = printRankingReport(evaluateRanking(projectMatcher(), loadGeneratedDataset()));
  if (!passed) process.exitCode = 1;
}
