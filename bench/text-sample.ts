// Article-like text of any size for benchmarks: the labelled corpus's own text, repeated.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../scripts/lib/corpus';

function corpusText(langs: string[]): string {
  const parts: string[] = [];
  for (const lang of langs) {
    const dir = join(CORPUS_DIR, lang);
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(join(dir, file), 'utf8');
      parts.push(
        html
          .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
          .replace(/<[^>]+>/g, '\n')
          .replace(/\n\s*\n+/g, '\n'),
      );
    }
  }
  return parts.join('\n');
}

/** About `bytes` UTF-16 code units of corpus text (of the pages in `langs`) (a code unit per character, as the engine sees it), as one
 *  flat string like the text a page or a file gives the engine. A slice of the repeated text would be a view
 *  into a larger string, which V8 reads a fifth more slowly character by character. */
export function textOfSize(bytes: number, langs = ['en', 'ru', 'kk']): string {
  const base = corpusText(langs);
  const slice = base.repeat(Math.ceil(bytes / base.length)).slice(0, bytes);
  return Buffer.from(slice, 'utf16le').toString('utf16le');
}
