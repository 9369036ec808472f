// The word trie the matcher walks: one edge per alias word and per stem of it, built bucket by bucket.
import { aliasWordVariants } from './inflection';

export interface TrieNode {
  /** The alias word this node stands for. */
  word: string;
  next: Map<string, TrieNode[]> | undefined;
  /** Edges that only the whole word, with no ending, may take (non-final words of Kazakh names). */
  strict: Map<string, TrieNode[]> | undefined;
  /** Index into the aliases when an alias ends here, else -1. */
  alias: number;
}

const KAZAKH_LETTERS = /[әғқңөұүһі]/;

export const newNode = (word: string): TrieNode => ({ word, next: undefined, strict: undefined, alias: -1 });

function addEdge(node: TrieNode, key: string, child: TrieNode, strict = false): void {
  if (strict) node.strict ??= new Map();
  else node.next ??= new Map();
  const edges = (strict ? node.strict : node.next) as Map<string, TrieNode[]>;
  const children = edges.get(key);
  if (!children) edges.set(key, [child]);
  else if (!children.includes(child)) children.push(child);
}

/** Adds one alias, given as its word keys, under root (`commonNoun`: a lower-case alias, see inflection.ts). */
export function insertAlias(root: TrieNode, words: string[], aliasIndex: number, commonNoun = false): void {
  // In Kazakh only a name's last word takes endings (Астана халықаралық форумы, never Астанада ...).
  const endsOnlyAtLast = words.length > 1 && KAZAKH_LETTERS.test(words.join(''));
  let node = root;
  words.forEach((word, position) => {
    const strict = endsOnlyAtLast && position < words.length - 1;
    const edges = strict ? node.strict : node.next;
    let child = edges?.get(word)?.find((candidate) => candidate.word === word);
    if (!child) {
      child = newNode(word);
      addEdge(node, word, child, strict);
    }
    // A stem may be shared by two names (восточн: Восточный Туркестан, Восточно-Казахстанская):
    // an edge keeps every child, and the walk follows them all.
    if (!strict)
      for (const variant of aliasWordVariants(word, position, commonNoun))
        if (variant !== word) addEdge(node, variant, child);
    node = child;
  });
  if (node.alias < 0) node.alias = aliasIndex;
}
