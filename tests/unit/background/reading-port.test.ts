// The worker's end of the reading port: parts are joined in order, and a port from the wrong sender, with
// too much text or with a malformed request gets no reading.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown) => void;
let onConnect: ((port: FakePort) => void) | undefined;

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'lens',
      getURL: (path: string) => `chrome-extension://lens/${path}`,
      onConnect: { addListener: (listener: (port: FakePort) => void) => (onConnect = listener) },
    },
  },
}));

const { acceptReadings } = await import('../../../src/background/reading-port');
const { READING_PORT } = await import('../../../src/messaging/protocol');

class FakePort {
  readonly posted: unknown[] = [];
  disconnected = false;
  private listener: Listener | undefined;
  readonly onMessage = { addListener: (listener: Listener) => (this.listener = listener) };
  constructor(
    readonly name: string,
    readonly sender: { id: string; tab?: { id: number }; frameId?: number; url?: string },
  ) {}
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  disconnect() {
    this.disconnected = true;
  }
  send(message: unknown) {
    this.listener?.(message);
  }
}

const topFrame = { id: 'lens', tab: { id: 4 }, frameId: 0, url: 'https://news.example/' };
const spans = { article: null, headline: null, lede: null };

function connect(sender: FakePort['sender'] = topFrame, name: string = READING_PORT): FakePort {
  const port = new FakePort(name, sender);
  onConnect?.(port);
  return port;
}

beforeEach(() => {
  onConnect = undefined;
  acceptReadings();
});

describe('reading port', () => {
  it('joins the parts of a text in order and reads them as one page', () => {
    const port = connect();
    port.send({ type: 'part', textIndex: 0, part: 'Yesterday Tokayev met ' });
    port.send({ type: 'part', textIndex: 0, part: 'the mayor of Almaty.' });
    port.send({ type: 'read-page', request: { title: '', url: 'https://news.example/', ...spans } });
    const [reply] = port.posted as { ok: boolean; value: { mentions: { start: number; end: number }[] } }[];
    expect(reply.ok).toBe(true);
    const text = 'Yesterday Tokayev met the mayor of Almaty.';
    expect(reply.value.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Tokayev', 'Almaty']);
  });

  it('answers added texts each by its own offsets', () => {
    const port = connect();
    port.send({ type: 'part', textIndex: 0, part: 'Astana' });
    port.send({ type: 'part', textIndex: 1, part: 'Weather.' });
    const sections = { title: [], lede: [], body: [] };
    port.send({ type: 'read-more', request: { sections, words: 100, url: 'https://news.example/' } });
    const [reply] = port.posted as { ok: boolean; value: { found: unknown[][] } }[];
    expect(reply.ok).toBe(true);
    expect(reply.value.found.map((mentions) => mentions.length)).toEqual([1, 0]);
  });

  it('closes a port that is not from a tab’s top frame, and ignores other ports', () => {
    expect(connect({ ...topFrame, frameId: 3 }).disconnected).toBe(true);
    expect(connect({ id: 'someone-else', tab: { id: 4 }, frameId: 0 }).disconnected).toBe(true);
    const other = connect(topFrame, 'another-port');
    other.send({ type: 'read-page', request: {} });
    expect(other.posted).toEqual([]);
  });

  it('says what is wrong with a malformed request instead of reading it', () => {
    const port = connect();
    port.send({ type: 'part', textIndex: 0, part: 'Astana' });
    port.send({ type: 'read-page', request: { title: 7, url: 'https://news.example/', ...spans } });
    expect(port.posted).toEqual([{ ok: false, error: expect.stringContaining('a page reading needs') }]);
    port.send({
      type: 'read-more',
      request: { sections: { title: [{ start: 'x' }], lede: [], body: [] }, words: 1, url: '' },
    });
    expect(port.posted[1]).toEqual({ ok: false, error: expect.stringContaining('added text needs') });
  });

  it('closes a port that sends more text than any page has', () => {
    const port = connect();
    const part = 'a'.repeat(8_000_000);
    for (let i = 0; i < 5 && !port.disconnected; i++) port.send({ type: 'part', textIndex: 0, part });
    expect(port.disconnected).toBe(true);
  });
});
