// Parses JSON and, on failure, says where: browsers and Node word their errors differently.
import { firstJsonErrorOffset } from './json-locate';

export type JsonParse = { ok: true; value: unknown } | { ok: false; error: string };

export function parseJsonWithPosition(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    return { ok: false, error: `malformed JSON${locate(text, message)}: ${reason(message)}` };
  }
}

// V8: "... at position 12 (line 1 column 13)"; Firefox: "... at line 1 column 13 of the JSON data".
function locate(text: string, message: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return ` at line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /position (\d+)/.exec(message);
  if (position) return lineAndColumn(text, Number(position[1]));
  // No position in the message (V8 on a bad token): find it ourselves.
  const offset = firstJsonErrorOffset(text);
  if (offset < 0) return '';
  return lineAndColumn(text, offset);
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return ` at line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

function reason(message: string): string {
  return message
    .replace(/, "[\s\S]*" is not valid JSON$/, '')
    .replace(/^JSON\.parse: /, '')
    .replace(/,? ?(?:in JSON )?at position \d+.*$/, '')
    .replace(/ at line \d+ column \d+ of the JSON data$/, '')
    .trim();
}
