// Finds the offset of the first JSON syntax error, for engines whose error message gives no position.

/** Offset of the first character that cannot continue valid JSON; text.length when it ends too early;
 *  -1 when the text is valid. */
export function firstJsonErrorOffset(text: string): number {
  let at = 0;
  const fail = (offset: number): never => {
    throw offset;
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at++;
  };
  const literal = (word: string) => {
    for (const char of word) if (text[at++] !== char) fail(at - 1);
  };
  const string = () => {
    at++;
    while (at < text.length && text[at] !== '"') {
      const code = text.charCodeAt(at);
      if (code < 0x20) fail(at);
      if (text[at] === '\\') {
        at++;
        if (text[at] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) fail(at);
          at += 4;
        } else if (!'"\\/bfnrt'.includes(text[at] ?? 'x')) fail(at);
      }
      at++;
    }
    if (at >= text.length) fail(text.length);
    at++;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at));
    if (!match) fail(at);
    at += (match as RegExpExecArray)[0].length;
  };
  const list = (close: string, entry: () => void) => {
    at++;
    space();
    if (text[at] === close) {
      at++;
      return;
    }
    for (;;) {
      entry();
      space();
      if (text[at] === ',') {
        at++;
        continue;
      }
      if (text[at] === close) {
        at++;
        return;
      }
      fail(at);
    }
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === undefined) fail(at);
    else if (char === '{') {
      list('}', () => {
        space();
        if (text[at] !== '"') fail(at);
        string();
        space();
        if (text[at] !== ':') fail(at);
        at++;
        value();
      });
    } else if (char === '[') list(']', value);
    else if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else number();
  };
  try {
    value();
    space();
    return at < text.length ? at : -1;
  } catch (offset) {
    return Math.min(offset as number, text.length);
  }
}
