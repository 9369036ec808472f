// What the page's elements are to a reading of its text: skipped whole, or a block that ends a line.

/** Elements whose text is never read or marked: form fields, code, graphics, our own UI. By local name,
 *  which is lower case in HTML and XHTML pages alike and costs no string to read. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'kazakhstan-lens-card',
  'head',
  'title',
]);

/** Elements that end a line of text: a name never runs across two of them. */
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'tr',
  'table',
  'article',
  'section',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'blockquote',
  'figcaption',
  'figure',
  'dd',
  'dt',
  'dl',
  'pre',
  'br',
  'hr',
  'body',
  'form',
  'fieldset',
  'address',
  'details',
  'summary',
  'caption',
  'label',
]);

export function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.localName)) return true;
  // Most elements of an article have no attributes at all: one call answers for them.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export const isBlock = (element: Element) => BLOCKS.has(element.localName);
