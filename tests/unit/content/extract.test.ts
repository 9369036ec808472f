// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../content-scripts/extract';

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = body; // test markup only
  return doc;
}

const textLength = (element: Element) => element.textContent?.length ?? 0;

describe('the article’s lede', () => {
  it('is its first paragraph of prose, past a byline and the headline said again', () => {
    const headline = 'World Cup 2026: Belgium held and still not through to the finals';
    const doc = page(`<main><h1>${headline}</h1><p>By a staff writer</p><p>${headline}</p>
      <p>Away in Kazakhstan on Saturday, Belgium could only draw one-all and must wait for Tuesday.</p>
      <p>The second paragraph tells the rest of the story in as many words as it needs.</p></main>`);
    const article = extractArticle(doc, textLength);
    expect(article?.headline).toBe(headline);
    expect(article?.ledeElement?.textContent).toMatch(/^Away in Kazakhstan/);
  });
});
