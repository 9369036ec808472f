// The hover card: one custom element with a shadow root, never in the article, never taking focus.
import type { EntityDetails } from '../src/messaging/protocol';

export const CARD_TAG = 'kazakhstan-lens-card';

const KIND_LABELS: Record<string, string> = {
  person: 'Person',
  place: 'Place',
  organisation: 'Organisation',
  company: 'Company',
  project: 'Project',
  event: 'Event',
  group: 'People',
};

const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483647; pointer-events: none; }
.card { font: 13px/1.4 system-ui, sans-serif; max-width: 320px; padding: 10px 12px; border-radius: 8px;
  background: #ffffff; color: #1b1b1b; box-shadow: 0 4px 16px rgba(0,0,0,.25); border: 1px solid #c9ced6; }
.name { font-weight: 600; font-size: 14px; }
.kind { color: #4b5563; font-size: 12px; }
.also, .why, .digests { color: #374151; font-size: 12px; margin-top: 4px; }
ul { margin: 2px 0 0; padding-left: 16px; }
@media (prefers-color-scheme: dark) { .card { background: #1f2329; color: #f1f3f5; border-color: #3b424c; }
  .kind, .also, .why, .digests { color: #c4cad3; } }
`;

export interface CardContent {
  entity: EntityDetails;
  matched: string;
}

export class HoverCard {
  private host: HTMLElement | null = null;
  private body: HTMLElement | null = null;

  show(content: CardContent, anchor: DOMRect): void {
    this.ensure();
    const body = this.body!;
    body.replaceChildren();
    const line = (className: string, text: string) => {
      const element = document.createElement('div');
      element.className = className;
      element.textContent = text;
      body.append(element);
      return element;
    };
    const { entity, matched } = content;
    const digests = entity.digests;
    line('name', entity.name);
    line('kind', KIND_LABELS[entity.kind] ?? entity.kind);
    line('description', entity.description);
    const others = [...entity.spellings, ...entity.formerNames.map((name) => `${name} (former)`)].slice(0, 6);
    if (others.length > 0) line('also', `also: ${others.join(', ')}`);
    if (digests && digests.count > 0) {
      const block = line('digests', `In ${digests.count} digest ${digests.count === 1 ? 'item' : 'items'}:`);
      const list = document.createElement('ul');
      for (const headline of digests.top.slice(0, 2)) {
        const item = document.createElement('li');
        item.textContent = headline;
        list.append(item);
      }
      block.append(list);
    } else line('digests', 'Not in any digest item yet.');
    line('why', `matched: “${matched}”`);
    this.place(anchor);
  }

  /** Below the mention when there is room, else above: the card never covers the name it explains. */
  private place(anchor: DOMRect): void {
    const host = this.host!;
    host.style.visibility = 'hidden';
    host.style.left = '0px';
    host.style.top = '0px';
    const { width, height } = host.getBoundingClientRect();
    const gap = 6;
    const below = anchor.bottom + gap;
    const top =
      below + height <= window.innerHeight || anchor.top - gap - height < 0 ? below : anchor.top - gap - height;
    const left = Math.max(4, Math.min(anchor.left, window.innerWidth - width - 4));
    host.style.left = `${left}px`;
    host.style.top = `${top}px`;
    host.style.visibility = 'visible';
  }

  hide(): void {
    if (this.host) this.host.style.display = 'none';
  }

  get visible(): boolean {
    return this.host !== null && this.host.style.display !== 'none';
  }

  destroy(): void {
    this.host?.remove();
    this.host = null;
    this.body = null;
  }

  private ensure(): void {
    if (this.host?.isConnected) {
      this.host.style.display = 'block';
      return;
    }
    const host = document.createElement(CARD_TAG);
    host.setAttribute('role', 'tooltip');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const body = document.createElement('div');
    body.className = 'card';
    shadow.append(style, body);
    // Outside <body>, so the article's own tree stays exactly as the page made it.
    document.documentElement.append(host);
    host.style.display = 'block';
    this.host = host;
    this.body = body;
  }
}
