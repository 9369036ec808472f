// A second estimator for the page bench, for the page whose own load swings too much for paired differences
// (the 1 MB article: ±50 ms between loads). Chromium's trace of one load says which main-thread work ran
// script: the bench pages have no script of their own, so all of it is the extensions'. Summing it leaves the
// page's own parsing and layout, and their noise, out of the figure. What the script forces (a layout read
// by innerText) is inside its events and is counted; what the browser does later because of it (painting
// the highlights) is not.
import type { BrowserContext } from 'playwright-core';

type Cdp = Awaited<ReturnType<BrowserContext['newCDPSession']>>;

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

const CATEGORIES = ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'v8.execute', 'extensions'];

/** Events in which an extension's script runs: its injection, its callbacks, its promise continuations. */
const SCRIPT_EVENTS = new Set([
  'ScriptInjection::InjectJs',
  'EvaluateScript',
  'FunctionCall',
  'TimerFire',
  'RunMicrotasks',
  'V8.Execute',
]);

/** Starts tracing the page's renderer; the returned function ends it and gives the events. */
export async function startTrace(cdp: Cdp): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: CATEGORIES.join(','), transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/** The renderers' main threads, by their metadata events. */
function mainThreads(events: TraceEvent[]): Set<string> {
  const threads = new Set<string>();
  for (const event of events)
    if (event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      threads.add(`${event.pid}:${event.tid}`);
  return threads;
}

/** Milliseconds of main-thread time in script events, each counted once: an event inside another is not
 *  added again. */
export function scriptTimeMs(events: TraceEvent[]): number {
  const threads = mainThreads(events);
  const spans = events
    .filter((event) => event.ph === 'X' && SCRIPT_EVENTS.has(event.name) && threads.has(`${event.pid}:${event.tid}`))
    .map((event) => ({ thread: `${event.pid}:${event.tid}`, start: event.ts, end: event.ts + (event.dur ?? 0) }))
    .sort((a, b) => a.thread.localeCompare(b.thread) || a.start - b.start);
  let total = 0;
  let covered = { thread: '', end: -1 };
  for (const span of spans) {
    if (span.thread === covered.thread && span.start < covered.end) {
      // Nested (or overlapping): only what runs past the outer event is new.
      if (span.end > covered.end) {
        total += span.end - covered.end;
        covered = { thread: span.thread, end: span.end };
      }
      continue;
    }
    total += span.end - span.start;
    covered = { thread: span.thread, end: span.end };
  }
  return total / 1000;
}
