// One reading of the page: analyse, paint, report; then keep up with text the page adds later.
import { hasAnchor, isCounted, judge, type Mention } from '../src/core/engine';
import type { CompiledKb } from '../src/core/kb/compiled';
import { askWorker } from '../src/messaging/client';
import type { PageReport } from '../src/messaging/protocol';
import { highlightKindOf, highlightsOnFor, type Settings } from '../src/settings/settings';
import { analyseModel, type PageAnalysis } from './analyse-page';
import { getMatcher } from './engine';
import type { Mark } from './marks';
import type { Painter } from './painter';
import { runSliced } from './slices';
import { createModelBuilder, rangeFor, type TextModel } from './text-model';

/** Fewer letters than this and the page is not an article: no engine is even loaded. */
const MIN_TEXT = 200;

export class PageSession {
  marks: Mark[] = [];
  private analysed: PageAnalysis | null = null;
  private kb: CompiledKb | null = null;

  constructor(
    private readonly signal: AbortSignal,
    private readonly painter: Painter,
    private settings: Settings,
  ) {}

  get knowledgeBase(): CompiledKb | null {
    return this.kb;
  }

  async start(): Promise<void> {
    if (!document.body) return this.reportNothing();
    const builder = createModelBuilder(document.body);
    if (!(await runSliced(builder.step, this.signal))) return;
    const model = builder.model;
    if (model.text.trim().length < MIN_TEXT) return this.reportNothing();
    const matcher = getMatcher();
    this.kb = matcher.kb;
    const analysed = await analyseModel(matcher, model, this.signal);
    if (!analysed) return;
    this.analysed = analysed;
    await this.paint(model, analysed.mentions);
    await this.report();
  }

  /** Text the page added after the first reading (infinite scroll, live blogs) counts as article body. */
  async addText(models: TextModel[]): Promise<void> {
    if (!this.analysed || !this.kb) return;
    const analysed = this.analysed;
    let changed = false;
    for (const model of models) {
      const mentions = getMatcher().find(model.text);
      analysed.analysis.words += Math.round(model.text.length / 6.5);
      if (mentions.length === 0) continue;
      changed = true;
      analysed.mentions.push(...mentions);
      analysed.added.push(...mentions);
      analysed.analysis = judge(
        this.kb,
        { ...analysed.sections, body: [...analysed.sections.body, ...analysed.added] },
        {
          url: location.href,
          words: analysed.analysis.words,
        },
      );
      await this.paint(model, mentions);
    }
    if (changed) await this.report();
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

  private async paint(model: TextModel, mentions: Mention[]): Promise<void> {
    const kb = this.kb!;
    if (this.analysed?.analysis.verdict === 'none') return;
    const anchorPresent = hasAnchor(kb, this.analysed?.mentions ?? mentions);
    const shown = mentions.filter((mention) => isCounted(kb, mention, anchorPresent));
    let next = 0;
    await runSliced(() => {
      for (const end = Math.min(shown.length, next + 200); next < end; next++) {
        const range = rangeFor(model, shown[next].start, shown[next].end);
        if (!range) continue;
        const mark = { mention: shown[next], range };
        this.marks.push(mark);
        this.paintMark(mark);
      }
      return next >= shown.length;
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
    };
    await askWorker('page-report', { report }).catch(() => undefined);
  }

  private async reportNothing(): Promise<void> {
    await askWorker('page-cleared', {}).catch(() => undefined);
  }
}
