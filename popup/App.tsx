// The popup: the verdict for the tab and why.
import { useEffect, useState } from 'preact/hooks';
import { askWorker } from '../src/messaging/client';
import type { TabState } from '../src/messaging/protocol';

type Load = { state: 'loading' } | { state: 'ready'; tab: TabState } | { state: 'failed'; error: string };

const VERDICT_WORDS = {
  central: 'About Kazakhstan',
  mentions: 'Mentions Kazakhstan',
  none: 'Not about Kazakhstan',
} as const;

export function App({ tabId }: { tabId: number | null }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    if (tabId === null) {
      setLoad({ state: 'failed', error: 'No tab to describe.' });
      return;
    }
    askWorker('tab-state', { tabId }).then(
      (tab) => setLoad({ state: 'ready', tab }),
      (error: Error) => setLoad({ state: 'failed', error: error.message }),
    );
  }, [tabId]);

  if (load.state === 'loading') return <main class="popup" aria-busy="true" />;
  const report = load.state === 'ready' ? load.tab.report : null;
  const verdict = report?.analysis.verdict ?? 'unavailable';
  return (
    <main class="popup" data-verdict={verdict}>
      <h1>{report ? VERDICT_WORDS[report.analysis.verdict] : 'This page was not read'}</h1>
      {report && (
        <ul class="chips">
          {report.analysis.findings.map((finding) => (
            <li key={finding.id} data-entity={finding.id}>
              {finding.name} <span class="count">{finding.count}</span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
