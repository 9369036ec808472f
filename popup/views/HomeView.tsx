// The view for the page being read: verdict header at once, then its digest items and related coverage.
import { useMemo } from 'preact/hooks';
import { rankItems, relatedCoverage } from '../../src/core/ranking';
import type { PageReport } from '../../src/messaging/protocol';
import type { PopupData } from '../data/load';
import { pageInputOf } from '../data/page-input';
import { useStories } from '../data/use-data';
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
  data: PopupData | null;
  dataError: string | null;
}

export function HomeView({ verdict, report, url, data, dataError }: HomeProps) {
  const reads = verdict === 'central' || verdict === 'mentions';
  const ranked = useMemo(
    () => (data && report && reads ? rankItems(data.model, pageInputOf(report), { limit: 20 }) : null),
    [data, report, reads],
  );
  const storyOf = useStories(reads ? data : null);
  const related = useMemo(() => (ranked && storyOf ? relatedCoverage(ranked, storyOf) : []), [ranked, storyOf]);
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
      <VerdictHeader verdict={verdict} analysis={report?.analysis ?? null} />
      {reads ? (
        (failure ?? (
          <>
            <InDigests ranked={ranked} data={data} />
            {ranked && ranked.length === 0 && <LatestDigests data={data} />}
            {data && <RelatedCoverage stories={related} data={data} />}
          </>
        ))
      ) : (
        <>
          <NoVerdict verdict={verdict} url={url} />
          {failure ?? <LatestDigests data={data} />}
        </>
      )}
    </>
  );
}
