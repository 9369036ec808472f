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

  it('is a Japanese paragraph of 48 characters, which says as much as a Latin one of 60, and not a dateline', () => {
    const doc = page(`<main><h1>ウラン調達</h1><p>【東京5日】</p>
      <p>日本とカザフスタンが、ウランの新しい供給契約を結ぶための最終的な調整に入ったと報じられています。</p>
      <p>二つ目の段落は、話の残りを必要なだけの言葉で伝えます。</p></main>`);
    expect(extractArticle(doc, textLength)?.ledeElement?.textContent).toMatch(/^日本とカザフスタン/);
  });
});
