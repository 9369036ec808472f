// One reading of the page: read its text, have the worker find the names, paint, report; then keep up with
// text the page adds later.
import type { Mention } from '../src/core/engine/matcher';
import { type Analysis, isHighlighted, type SectionMentions, type Verdict } from '../src/core/engine/verdict';
import type { EntityTable, MatchEntity } from '../src/core/kb/compiled';
import { askWorker } from '../src/messaging/client';
import { MIN_ARTICLE_TEXT } from '../src/messaging/first-look';
import type { NamedEntities, NameOnPage, PageReport } from '../src/messaging/protocol';
import { highlightKindOf, highlightsOnFor, type Settings } from '../src/settings/settings';
import { readingOf } from './analyse-page';
import { readDigestPage } from './digest-page';
import type { ArticleParts } from './extract';
import type { Mark } from './marks';
import { type NearViewport, whenNearViewport } from './near-viewport';
import type { Painter } from './painter';
import { readMoreInWorker, readPageInWorker } from './read-in-worker';
import { runSliced, timed, workTiming } from './slices';
import { createModelBuilder, nodeIndexAt, rangeFor, type TextModel } from './text-model';

/** Up to this many names, a reading is painted whole at once; beyond it (a long page), the names near the
 *  viewport first and the others as the reader scrolls to them (near-viewport.ts). */
const PAINT_ALL_UP_TO = 300;

/** A name to highlight, with its place in the page's order of names. */
interface Chosen {
  mention: Mention;
  order: number;
}

/** A stretch of the page's text and the names found in it: the first reading, then each addition. */
interface Source {
  model: TextModel;
  mentions: Mention[];
}

/** What the page's report is made from: the worker's verdict and what the DOM said of the article. */
interface PageState {
  analysis: Analysis;
  article: ArticleParts | null;
  /** The mentions the verdict was judged on, sent back with text the page adds later. */
  sections: SectionMentions;
  lede: string;
  excerpt: string;
}

export class PageSession {
  marks: Mark[] = [];
  /** Every name to highlight, painted or still waiting to come near the viewport: what the report counts. */
  private chosen: Mention[] = [];
  private waiting: NearViewport[] = [];
  private nextOrder = 0;
  private state: PageState | null = null;
  /** The entities the worker named for this page, at their places in the page knowledge base. */
  private readonly kb: EntityTable = { entities: [] as MatchEntity[] };
  private readonly sources: Source[] = [];
  /** The last full reading found too little text to be an article. */
  private tooLittleText = false;
  /** The first reading, then each addition after the one before: each is judged with every mention so far,
   *  and text the page adds while the worker reads it is read next, not lost. */
  private readings: Promise<void> = Promise.resolve();

  constructor(
    private readonly signal: AbortSignal,
    private readonly painter: Painter,
    private settings: Settings,
  ) {}

  get knowledgeBase(): EntityTable {
    return this.kb;
  }

  start(): Promise<void> {
    this.readings = this.readFirst();
    return this.readings;
  }

  private async readFirst(): Promise<void> {
    if (!document.body) return this.reportNothing();
    const builder = createModelBuilder(document.body);
    if (!(await runSliced(builder.step, this.signal))) return;
    const model = builder.model;
    if (model.text.trim().length < MIN_ARTICLE_TEXT) {
      this.tooLittleText = true;
      return this.reportNothing();
    }
    this.tooLittleText = false;
    const page = timed(() => readingOf(model));
    const reading = await readPageInWorker(page.request, this.signal);
    if (!reading) return;
    this.learn(reading.entities);
    const { analysis, sections } = reading;
    this.state = { analysis, sections, article: page.article, lede: page.lede, excerpt: page.excerpt };
    this.sources.push({ model, mentions: reading.mentions });
    await this.paint(this.sources[0]);
    await this.report();
  }

  /** Text the page added after the first reading (infinite scroll, live blogs) counts as article body. */
  addText(models: TextModel[]): Promise<void> {
    this.readings = this.readings.catch(() => undefined).then(() => this.readAdded(models));
    return this.readings.catch(() => undefined);
  }

  private async readAdded(models: TextModel[]): Promise<void> {
    // A page with too little text at first may be an app that renders its article later: read it whole.
    if (!this.state && this.tooLittleText && !this.signal.aborted) return this.readFirst();
    const state = this.state;
    if (!state || this.signal.aborted) return;
    const texts = models.map((model) => model.text);
    const request = {
      texts,
      sections: state.sections,
      words: state.analysis.words,
      url: location.href,
      lang: document.documentElement.lang.toLowerCase().split('-')[0],
    };
    const more = await readMoreInWorker(request, this.signal);
    if (!more) return;
    this.learn(more.entities);
    const before = state.analysis.verdict;
    state.analysis = more.analysis;
    const added = models
      .map((model, index): Source => ({ model, mentions: more.found[index] ?? [] }))
      .filter((source) => source.mentions.length > 0);
    state.sections = { ...state.sections, body: [...state.sections.body, ...added.flatMap((s) => s.mentions)] };
    this.sources.push(...added);
    // A changed verdict changes what is shown everywhere (context names only on central pages).
    if (state.analysis.verdict !== before) await this.repaint();
    else for (const source of added) await this.paint(source);
    await this.report();
  }

  private learn(entities: NamedEntities): void {
    for (const [index, entity] of Object.entries(entities)) this.kb.entities[Number(index)] = entity;
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.painter.clear();
    this.paintMarks(this.marks);
    void this.report();
  }

  stop(): void {
    this.painter.clear();
    this.marks = [];
    this.chosen = [];
    for (const waiting of this.waiting) waiting.stop();
    this.waiting = [];
  }

  /** The keyboard walk goes through every name: those still waiting are painted now, in the page's order. */
  paintAll(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const names of waiting) names.flush();
    this.marks.sort((a, b) => a.order - b.order);
  }

  private async repaint(): Promise<void> {
    this.stop();
    for (const source of this.sources) await this.paint(source);
  }

  private async paint({ model, mentions }: Source): Promise<void> {
    const kb = this.kb;
    const verdict: Verdict = this.state?.analysis.verdict ?? 'none';
    const chosen: Chosen[] = [];
    for (const mention of mentions)
      if (isHighlighted(kb, mention, verdict)) chosen.push({ mention, order: this.nextOrder++ });
    for (const { mention } of chosen) this.chosen.push(mention);
    if (!this.painter.touchesDom && chosen.length > PAINT_ALL_UP_TO) {
      const groups = byElement(model, chosen);
      this.waiting.push(whenNearViewport(groups, (near) => timed(() => this.paintNear(model, near))));
      return;
    }
    // Every range is made before any is painted: ranges are live, so they stay right while the
    // wrapping painter splits the text nodes under them, but the model's offsets would not.
    const marks: Mark[] = [];
    let made = 0;
    const ranged = await runSliced(() => {
      for (const end = Math.min(chosen.length, made + 500); made < end; made++) {
        const { mention, order } = chosen[made];
        const range = rangeFor(model, mention.start, mention.end);
        if (range) marks.push({ mention, range, order });
      }
      return made >= chosen.length;
    }, this.signal);
    if (!ranged) return;
    let next = 0;
    await runSliced(() => {
      const batch = marks.slice(next, next + 200);
      next += batch.length;
      this.marks.push(...batch);
      this.paintMarks(batch);
      return next >= marks.length;
    }, this.signal);
  }

  /** Names that came near the viewport. The page may have changed its text since it was read: a range whose
   *  text is no longer the name's is left out. */
  private paintNear(model: TextModel, near: Chosen[]): void {
    if (this.signal.aborted) return;
    const marks: Mark[] = [];
    for (const { mention, order } of near) {
      const range = rangeFor(model, mention.start, mention.end);
      if (range && range.toString() === model.text.slice(mention.start, mention.end))
        marks.push({ mention, range, order });
    }
    this.marks.push(...marks);
    this.paintMarks(marks);
  }

  /** The switches are read once per batch: a thousand marks need not ask for the site a thousand times. */
  private paintMarks(marks: Mark[]): void {
    if (!highlightsOnFor(this.settings, location.hostname)) return;
    for (const mark of marks) {
      const kind = highlightKindOf(this.kb.entities[mark.mention.entity].kind);
      if (this.settings.kinds[kind]) this.painter.add(mark.range, kind);
    }
  }

  private async report(): Promise<void> {
    const state = this.state;
    if (!state || this.signal.aborted) return;
    const report: PageReport = {
      url: location.href,
      title: document.title.slice(0, 500),
      headline: state.article?.headline ?? '',
      lede: state.lede,
      excerpt: state.excerpt,
      published: state.article?.published ?? null,
      outlet: state.article?.outlet ?? null,
      lang: (document.documentElement.lang || '').slice(0, 20),
      analysis: state.analysis,
      highlighted: this.highlightedCount(),
      onPage: this.namesOnPage(),
      timing: { busyMs: round(workTiming.busyMs), longestSliceMs: round(workTiming.longestSliceMs) },
    };
    const digestPage = readDigestPage(state.article);
    if (digestPage) report.digestPage = digestPage;
    await askWorker('page-report', { report }).catch(() => undefined);
  }

  /** The names highlighted on the page under the current switches, painted or not yet near the viewport. */
  private highlightedCount(): number {
    if (!highlightsOnFor(this.settings, location.hostname)) return 0;
    let count = 0;
    for (const mention of this.chosen)
      if (this.settings.kinds[highlightKindOf(this.kb.entities[mention.entity].kind)]) count++;
    return count;
  }

  /** Every name chosen for highlighting, by entity, switches aside: what the badge and the chips count. */
  private namesOnPage(): NameOnPage[] {
    const counts = new Map<number, number>();
    for (const mention of this.chosen) counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
    return Array.from(counts, ([index, count]) => {
      const { id, name, kind } = this.kb.entities[index];
      return { id, name, kind, count };
    });
  }

  private reportedNothing = false;

  /** Once per session: a page that stays short while it changes must not message the worker each time. */
  private async reportNothing(): Promise<void> {
    if (this.reportedNothing) return;
    this.reportedNothing = true;
    await askWorker('page-cleared', {}).catch(() => undefined);
  }
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The chosen names by the element that holds each one's start: the unit the viewport is watched by. */
function byElement(model: TextModel, chosen: Chosen[]): Map<Element, Chosen[]> {
  const groups = new Map<Element, Chosen[]>();
  for (const name of chosen) {
    const element = model.nodes[nodeIndexAt(model, name.mention.start)]?.parentElement;
    if (!element) continue;
    const group = groups.get(element);
    if (group) group.push(name);
    else groups.set(element, [name]);
  }
  return groups;
}
