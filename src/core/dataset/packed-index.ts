// The search index in a form that loads fast: MiniSearch's own radix tree, written out node by node, so the
// popup rebuilds it with no key comparisons and no per-term parsing. The header is MiniSearch's own format.
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';

/** A tree node as written: key, value, key, value... where the key '' holds the term's postings (see Postings)
 *  and any other key an edge to a child node. */
export type PackedNode = (string | PackedNode | Postings)[];
/** Per field: its id, then document short ids and term frequencies in turn: [field, [doc, tf, doc, tf...], ...]. */
export type Postings = (number | number[])[];

/** search-index.json */
export interface PackedIndex {
  packed: 1;
  /** MiniSearch's serialization without its index. */
  header: AsPlainObject;
  tree: PackedNode;
}

type Tree = Map<string, Tree | Map<number, Map<number, number>>>;
// MiniSearch keeps its terms in a radix tree (SearchableMap) under `_index`; its constructor takes the tree.
// Both are internal: tests/unit/dataset/packed-index.test.ts checks search results against MiniSearch's own
// loader, so a MiniSearch upgrade that changes them fails there, not in the popup.
type Internals = { _index: { _tree: Tree; constructor: new (tree: Tree) => unknown } };

const LEAF = '';

export function isPackedIndex(value: unknown): value is PackedIndex {
  return typeof value === 'object' && value !== null && (value as { packed?: unknown }).packed === 1;
}

function packNode(node: Tree): PackedNode {
  const out: PackedNode = [];
  for (const [key, value] of node) {
    if (key === LEAF) {
      const postings: Postings = [];
      for (const [field, docs] of value as Map<number, Map<number, number>>) postings.push(field, [...docs].flat());
      out.push(key, postings);
    } else out.push(key, packNode(value as Tree));
  }
  return out;
}

/** At build time: the index as the popup will load it. Written from the tree MiniSearch's own loader makes,
 *  so the popup's tree is that one, in the same order, and searches give the same results. */
export function packIndex<T>(index: MiniSearch<T>, options: Options<T>): PackedIndex {
  const header = JSON.parse(JSON.stringify(index)) as AsPlainObject;
  const loaded = MiniSearch.loadJS<T>(header, options) as unknown as Internals;
  return { packed: 1, header: { ...header, index: [] }, tree: packNode(loaded._index._tree) };
}

function unpackNode(packed: PackedNode): Tree {
  const node: Tree = new Map();
  for (let at = 0; at < packed.length; at += 2) {
    const key = packed[at] as string;
    if (key === LEAF) {
      const postings = packed[at + 1] as Postings;
      const fields = new Map<number, Map<number, number>>();
      for (let field = 0; field < postings.length; field += 2) {
        const pairs = postings[field + 1] as number[];
        const docs = new Map<number, number>();
        for (let pair = 0; pair < pairs.length; pair += 2) docs.set(pairs[pair], pairs[pair + 1]);
        fields.set(postings[field] as number, docs);
      }
      node.set(key, fields);
    } else node.set(key, unpackNode(packed[at + 1] as PackedNode));
  }
  return node;
}

/** At run time: a MiniSearch instance equal to MiniSearch.loadJS of the index packIndex was given. */
export function loadPackedIndex<T>(packed: PackedIndex, options: Options<T>): MiniSearch<T> {
  const search = MiniSearch.loadJS<T>(packed.header, options);
  const internals = search as unknown as Internals;
  internals._index = new internals._index.constructor(unpackNode(packed.tree)) as Internals['_index'];
  return search;
}
