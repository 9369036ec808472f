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
  if (path === '/generated/1mb.html') return { type: html, body: bigArticle(1_000_000) };
  if (path === '/generated/5mb.html') return { type: html, body: bigArticle(5_000_000) };
  if (path === '/generated/no-body.html')
    return { type: html, body: '<!doctype html><html><head><title>Kazakhstan</title></head></html>' };
  if (path === '/generated/frameset.html') {
    return {
      type: html,
      body: '<!doctype html><html><head><title>Frames about Astana</title></head><frameset cols="50%,50%"><frame src="/fixtures/pages/central-en.html"><frame src="/fixtures/pages/none-en.html"></frameset></html>',
    };
  }
  return null;
}
