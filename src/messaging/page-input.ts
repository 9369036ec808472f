// What the ranking needs from the worker's report on a page.
import type { PageInput } from '../core/ranking';
import type { PageReport } from './protocol';

export function pageInputOf(report: PageReport): PageInput {
  return {
    url: report.url,
    headline: report.headline || report.title,
    text: `${report.lede}\n${report.excerpt}`,
    published: report.published,
    outlet: report.outlet,
    entities: [...report.analysis.findings, ...report.analysis.rankingEntities],
  };
}
