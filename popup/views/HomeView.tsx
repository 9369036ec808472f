// The view for the page being read: verdict header at once, then its digest items and related coverage.
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { type RankedItem, rankItems, relatedCoverage } from '../../src/core/ranking';
import { pageInputOf } from '../../src/messaging/page-input';
import type { PageReport } from '../../src/messaging/protocol';
import { DigestOffer } from '../capture/DigestOffer';
import { type PopupData, rememberNotes } from '../data/load';
import { useStories } from '../data/use-data';
import { useOthersRead } from '../reading/use-reading-log';
import { MARKS, usePaintMark, useRenderedMark } from '../rendered-mark';
import { InDigests } from './InDigests';
import { LatestDigests } from './LatestDigests';
import { NoVerdict } from './NoVerdict';
import { RelatedCoverage } from './RelatedCoverage';
import { type Verdict, VerdictHeader } from './VerdictHeader';

export interface HomeProps {
  verdict: Verdict;
  report: PageReport | null;
  url: string | null;
  /** Whether the extension may read web pages (Firefox lets the user withdraw it). */
  access: boolean;
  data: PopupData | null;
  dataError: string | null;
}

export function HomeView({ verdict, report, url, access, data, dataError }: HomeProps) {
  const reads = verdict === 'central' || verdict === 'mentions';
  const ranked = useRanked(report, data, reads);
  const storyOf = useStories(reads ? data : null);
  const related = useMemo(() => (ranked && storyOf ? relatedCoverage(ranked, storyOf) : []), [ranked, storyOf]);
  const rankedIds = useMemo(() => ranked?.map((entry) => entry.item.id) ?? [], [ranked]);
  const othersRead = useOthersRead(data, storyOf, rankedIds);
  usePaintMark(MARKS.verdict, true);
  useRenderedMark(data !== null || dataError !== null);

  // If the digests could not be loaded, that is said once, in place of everything they would have filled.
  const failure = dataError && (
    <p class="error" role="alert">
      {dataError}
    </p>
  );
  return (
    <>
      <VerdictHeader verdict={verdict} analysis={report?.analysis ?? null} names={report ? namesOf(report) : []} />
      {report?.digestPage && <DigestOffer page={report.digestPage} data={data} entityIds={pageEntityIds(report)} />}
      {verdict === 'reading' ? null : reads ? (
        (failure ?? (
          <>
            <InDigests ranked={ranked} data={data} othersRead={othersRead} />
            {ranked && ranked.length === 0 && <LatestDigests data={data} />}
            {data && <RelatedCoverage stories={related} data={data} />}
          </>
        ))
      ) : (
        <>
          <NoVerdict verdict={verdict} url={url} access={access} />
          {failure ?? <LatestDigests data={data} />}
        </>
      )}
    </>
  );
}

/** The names the chips show: those highlighted on the page, which the badge counts (a report from before
 *  they were sent has its findings). */
function namesOf(report: PageReport) {
  return report.onPage ?? report.analysis.findings;
}

/** The worker's ranking where it made one with the very digests loaded here; null where it did not. */
function workerRanking(report: PageReport, data: PopupData): RankedItem[] | null {
  if (!report.ranked || (report.rankedWith ?? '') !== data.userDigestsKey) return null;
  rememberNotes(report.rankedNotes);
  const ranked: RankedItem[] = [];
  for (const { id, ...score } of report.ranked) {
    const item = data.dataset.itemById.get(id);
    if (item) ranked.push({ item, ...score });
  }
  return ranked;
}

/** The page's items: the worker's ranking, or the popup's own (the user's digests changed since the worker
 *  ranked, or a restarted worker has not ranked yet). Null until known. */
function useRanked(report: PageReport | null, data: PopupData | null, reads: boolean): RankedItem[] | null {
  const fromWorker = useMemo(
    () => (data && report && reads ? workerRanking(report, data) : null),
    [data, report, reads],
  );
  const [own, setOwn] = useState<{ data: PopupData; report: PageReport; ranked: RankedItem[] } | null>(null);
  // A layout effect: the bundle's model is ready at once, and its ranking comes before the next paint.
  useLayoutEffect(() => {
    if (!data || !report || !reads || fromWorker) return;
    let current = true;
    void data
      .model()
      .then(
        (model) => current && setOwn({ data, report, ranked: rankItems(model, pageInputOf(report), { limit: 20 }) }),
      );
    return () => {
      current = false;
    };
  }, [data, report, reads, fromWorker]);
  return fromWorker ?? (own?.data === data && own.report === report ? own.ranked : null);
}

/** The entities the page's reading found, anchors and foreign names alike: a captured item is named by these. */
function pageEntityIds(report: PageReport): string[] {
  return [
    ...report.analysis.findings.map((found) => found.id),
    ...report.analysis.rankingEntities.map((found) => found.id),
  ];
}
