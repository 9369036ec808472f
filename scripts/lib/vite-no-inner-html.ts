// A Vite plugin that takes the one HTML sink out of what the extension ships: Preact's renderer assigns
// innerHTML for `dangerouslySetInnerHTML`, which no component of ours uses (Biome forbids it). The build
// makes that assignment throw instead, so page and dataset text can never reach the DOM as HTML, even by a
// later mistake, and `web-ext lint` has no unsafe assignment to warn about. If a Preact release changes the
// code, the build fails here rather than shipping the sink.
import type { Plugin } from 'vite';

const PREACT = /[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
/** Minified: `<element>.innerHTML=<props>.__html`. */
const INNER_HTML_SINK = /\b(\w+)\.innerHTML=(\w+)\.__html\b/g;
const REFUSAL = '(()=>{throw new Error("Kazakhstan Lens renders no HTML: dangerouslySetInnerHTML is disabled")})()';

export function disableInnerHtml(code: string): string {
  const sinks = code.match(INNER_HTML_SINK)?.length ?? 0;
  if (sinks !== 1) throw new Error(`expected one innerHTML assignment in Preact's renderer, found ${sinks}`);
  return code.replace(INNER_HTML_SINK, REFUSAL);
}

export function noInnerHtml(): Plugin {
  return {
    name: 'kazakhstan-lens:no-inner-html',
    transform(code, id) {
      if (!PREACT.test(id.split('?')[0])) return null;
      try {
        return { code: disableInnerHtml(code), map: null };
      } catch (error) {
        this.error((error as Error).message);
      }
    },
  };
}
