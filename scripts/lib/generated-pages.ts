// Pages too big or too strange to keep as files: made on request by the fixture server.

const PARAGRAPH =
  'Kazakhstan expanded grain shipments through the port of Aktau this season, and officials in Astana said the Middle Corridor carried more containers than a year earlier. ';
const FILLER = 'The committee reviewed the quarterly figures and agreed to meet again after the holiday period. ';

function article(title: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

/** Roughly `bytes` of article text, Kazakhstan names in every tenth paragraph. */
export function bigArticle(bytes: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = i % 10 === 0 ? PARAGRAPH : FILLER.repeat(3);
    paragraphs.push(text);
    size += text.length + 7;
  }
  return article('Kazakhstan trade in a long report', paragraphs);
}

export function generatedPage(path: string): { type: string; body: string } | null {
  const html = 'text/html; charset=utf-8';
  if (path === '/generated/typical.html') return { type: html, body: typicalArticle() };
  if (path === '/generated/growing.html') return { type: html, body: growingPage() };
  if (path === '/generated/long.html') return { type: html, body: bigArticle(300_000) };
  if (path === '/generated/1mb.html') return { type: html, body: bigArticle(1_000_000) };
  if (path === '/generated/5mb.html') return { type: html, body: bigArticle(5_000_000) };
  if (path === '/generated/no-body.html') {
    // The parser always makes a body, so the page's own script takes it away again.
    const script = "addEventListener('DOMContentLoaded', () => document.body.remove())";
    return {
      type: html,
      body: `<!doctype html><html><head><title>Kazakhstan</title></head><body><p>Astana</p><script>${script}</script></body></html>`,
    };
  }
  if (path === '/generated/frameset.html') {
    return {
      type: html,
      body: '<!doctype html><html><head><title>Frames about Astana</title></head><frameset cols="50%,50%"><frame src="/fixtures/pages/central-en.html"><frame src="/fixtures/pages/none-en.html"></frameset></html>',
    };
  }
  return null;
}

/** A typical article: about 1,500 words with the names a Kazakhstan story has. */
export function typicalArticle(): string {
  const paragraphs: string[] = [];
  for (let i = 0; paragraphs.join(' ').split(/\s+/).length < 1500; i++)
    paragraphs.push(i % 3 === 0 ? PARAGRAPH : FILLER.repeat(2));
  return article('Kazakhstan widens its trade routes', paragraphs);
}

/** 20,000 text nodes, and a script that keeps adding a paragraph every 50 ms (a live blog). */
export function growingPage(): string {
  const items: string[] = [];
  for (let i = 0; i < 10_000; i++)
    items.push(`<li><b>Update ${i}</b> ${i % 50 === 0 ? 'Tokayev spoke in Astana.' : 'Markets were calm.'}</li>`);
  const script = `<script>let n=0;setInterval(()=>{const p=document.createElement('p');p.textContent=(n++%5===0?'Almaty reported snow; Kazatomprom kept output steady. ':'Another quiet hour. ')+n;document.querySelector('main').append(p)},50)</script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live: Kazakhstan blog</title></head><body><main><h1>Live blog</h1><ul>${items.join('')}</ul></main>${script}</body></html>`;
}
