import { describe, expect, it } from 'vitest';
import { scriptTimeMs, type TraceEvent } from '../../../bench/script-time';

const thread = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});
/** A complete event on the renderer's main thread (pid 1, tid 1), times in ms. */
const span = (name: string, startMs: number, durMs: number, tid = 1): TraceEvent => ({
  name,
  ph: 'X',
  pid: 1,
  tid,
  ts: startMs * 1000,
  dur: durMs * 1000,
});

describe('script time from a trace', () => {
  const threads = [thread(1, 1, 'CrRendererMain'), thread(1, 2, 'Compositor')];

  it('adds the script events of the main thread and nothing else', () => {
    const events = [
      ...threads,
      span('ScriptInjection::InjectJs', 0, 2),
      span('RunMicrotasks', 10, 3),
      span('ParseHTML', 20, 50),
      span('FunctionCall', 100, 4, 2),
    ];
    expect(scriptTimeMs(events)).toBeCloseTo(5);
  });

  it('counts an event inside another once', () => {
    const events = [...threads, span('EvaluateScript', 0, 10), span('FunctionCall', 2, 3), span('RunMicrotasks', 9, 4)];
    // 0-10, then the microtasks run 3 ms past its end.
    expect(scriptTimeMs(events)).toBeCloseTo(13);
  });

  it('is zero without a renderer main thread', () => {
    expect(scriptTimeMs([span('EvaluateScript', 0, 10)])).toBe(0);
  });
});
