// Counts words the way the matcher sees them.
import { tokenize } from './tokenize';

export function countWords(text: string): number {
  return tokenize(text).count;
}
