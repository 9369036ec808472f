// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isFurniture, isInFurniture } from '../../../content-scripts/furniture';

function element(html: string): Element {
  const holder = document.createElement('div');
  holder.innerHTML = html; // test markup only
  const first = holder.firstElementChild;
  if (!first) throw new Error('no element');
  return first;
}

describe('furniture', () => {
  it('knows furniture by the names sites give it, in class or id, whatever their case', () => {
    expect(isFurniture(element('<div class="box Related-Stories"></div>'))).toBe(true);
    expect(isFurniture(element('<section id="SIDEBAR-left"></section>'))).toBe(true);
    expect(isFurniture(element('<ul class="list" id="most-read-today"></ul>'))).toBe(true);
    expect(isFurniture(element('<div class="article-body" id="story"></div>'))).toBe(false);
    // A name must stand whole in one attribute: "read" in the class and "more" in the id make no "read-more".
    expect(isFurniture(element('<div class="lead read" id="more"></div>'))).toBe(false);
  });

  it('knows furniture by what it is', () => {
    expect(isFurniture(element('<nav></nav>'))).toBe(true);
    expect(isFurniture(element('<div role="complementary"></div>'))).toBe(true);
    expect(isFurniture(element('<p aria-hidden="true"></p>'))).toBe(true);
    expect(isFurniture(element('<p aria-hidden="false"></p>'))).toBe(false);
    expect(isFurniture(element('<p></p>'))).toBe(false);
  });

  it('finds an element inside furniture, not the furniture itself', () => {
    const rail = element('<aside><article><p>x</p></article></aside>');
    const teaser = rail.querySelector('article');
    expect(teaser && isInFurniture(teaser)).toBe(true);
    expect(isInFurniture(rail)).toBe(false);
  });
});
