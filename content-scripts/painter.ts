// What both ways of painting mentions offer: the Highlight API, or wrapping elements where it is missing.
import type { HighlightKind } from '../src/settings/settings';

export interface Painter {
  add(range: Range, kind: HighlightKind): void;
  /** Removes every mark; the wrapping painter restores the DOM exactly as it was. */
  clear(): void;
  /** True for nodes the painter itself put in the page, which the mutation observer must ignore. */
  owns(node: Node): boolean;
  /** True where painting changes the page's nodes (wrapping): ranges must then all be made before any is
   *  painted, so names cannot wait to come near the viewport. */
  readonly touchesDom: boolean;
}
