// One reading of the page: analyse, paint, report; then keep up with text the page adds later.
import { isHighlighted, judge, type Mention, type Verdict } from '../src/core/engine';
import type { EntityTable } from '../src/core/kb/compiled';
import { askWorker } from '../src/messaging/client';
import type { PageReport } from '../src/messaging/protocol';
import { highlightKindOf, highlightsOnFor, type Settings } from '../src/settings/settings';
import { analyseModel, type PageAnalysis } from './analyse-page';
import { getMatcher } from './engine';
import type { Mark } from './marks';
import type { Painter } from './painter';
import { runSliced, timed, workTiming } from './slices';
import { createModelBuilder, rangeFor, type TextModel } from './text-model';

/** Fewer letters than this and the page is not an article: no engine is even loaded. */
const MIN_TEXT = 200;

/** A stretch of the page's text and the names found in it: the first reading, then each addition. */
interface Source {
  model: TextModel;
  mentions: Mention[];
}

export class PageSession {
  marks: Mark[] = [];
  private analysed: PageAnalysis | null = null;
  private kb: EntityTable | null = null;
  private readonly sources: Source[] = [];

  constructor(
    private readonly signal: AbortSignal,
    private readonly painter: Painter,
    private settings: Settings,
  ) {}

  get knowledgeBase(): EntityTable | null {
    return this.kb;
  }

  async start(): Promise<void> {
    if (!document.body) return this.reportNothing();
    const builder = createModelBuilder(document.body);
    if (!(await runSliced(builder.step, this.signal))) return;
    const model = builder.model;
    if (model.text.trim().length < MIN_TEXT) return this.reportNothing();
    const matcher = timed(getMatcher);
    this.kb = matcher.kb;
    const analysed = await analyseModel(matcher, model, this.signal);
    if (!analysed) return;
    this.analysed = analysed;
    this.sources.push({ model, mentions: analysed.mentions });
    await this.paint(this.sources[0]);
    await this.report();
  }

  /** Text the page added after the first reading (infinite scroll, live blogs) counts as article body. */
  async addText(models: TextModel[]): Promise<void> {
    const analysed = this.analysed;
    if (!analysed || !this.kb) return;
    const before = analysed.analysis.verdict;
    const added: Source[] = [];
    for (const model of models) {
      const mentions = timed(() => getMatcher().find(model.text));
      analysed.analysis.words += Math.round(model.text.length / 6.5);
      if (mentions.length > 0) added.push({ model, mentions });
    }
    if (added.length === 0) return;
    this.sources.push(...added);
    analysed.added.push(...added.flatMap((source) => source.mentions));
    analysed.analysis = timed(() =>
      judge(
        this.kb!,
        { ...analysed.sections, body: [...analysed.sections.body, ...analysed.added] },
        {
          url: location.href,
          words: analysed.analysis.words,
        },
      ),
    );
    // A changed verdict changes what is shown everywhere (context names only on central pages).
    if (analysed.analysis.verdict !== before) await this.repaint();
    else for (const source of added) await this.paint(source);
    await this.report();
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.painter.clear();
    for (const mark of this.marks) this.paintMark(mark);
    void this.report();
  }

  stop(): void {
    this.painter.clear();
    this.marks = [];
  }

  private async repaint(): Promise<void> {
    this.stop();
    for (const source of this.sources) await this.paint(source);
  }

  private async paint({ model, mentions }: Source): Promise<void> {
    const kb = this.kb!;
    const verdict: Verdict = this.analysed?.analysis.verdict ?? 'none';
    // Every range is made before any is painted: ranges are live, so they stay right while the
    // wrapping painter splits the text nodes under them, but the model's offsets would not.
    const marks: Mark[] = [];
    let made = 0;
    const ranged = await runSliced(() => {
      for (const end = Math.min(mentions.length, made + 500); made < end; made++) {
        const mention = mentions[made];
        if (!isHighlighted(kb, mention, verdict)) continue;
        const range = rangeFor(model, mention.start, mention.end);
        if (range) marks.push({ mention, range });
      }
      return made >= mentions.length;
    }, this.signal);
    if (!ranged) return;
    let next = 0;
    await runSliced(() => {
      for (const end = Math.min(marks.length, next + 200); next < end; next++) {
        this.marks.push(marks[next]);
        this.paintMark(marks[next]);
      }
      return next >= marks.length;
    }, this.signal);
  }

  private paintMark(mark: Mark): void {
    if (!highlightsOnFor(this.settings, location.hostname)) return;
    const kind = highlightKindOf(this.kb!.entities[mark.mention.entity].kind);
    if (this.settings.kinds[kind]) this.painter.add(mark.range, kind);
  }

  private async report(): Promise<void> {
    const analysed = this.analysed;
    if (!analysed || this.signal.aborted) return;
    const report: PageReport = {
      url: location.href,
      title: document.title.slice(0, 500),
      headline: analysed.article?.headline ?? '',
      lede: analysed.lede,
      excerpt: analysed.excerpt,
      published: analysed.article?.published ?? null,
      outlet: analysed.article?.outlet ?? null,
      lang: (document.documentElement.lang || '').slice(0, 20),
      analysis: analysed.analysis,
      highlighted: this.painter.count,
      timing: { busyMs: round(workTiming.busyMs), longestSliceMs: round(workTiming.longestSliceMs) },
    };
    await askWorker('page-report', { report }).catch(() => undefined);
  }

  private async reportNothing(): Promise<void> {
    await askWorker('page-cleared', {}).catch(() => undefined);
  }
}

const round = (value: number) => Math.round(value * 100) / 100;
