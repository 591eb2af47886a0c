/**
 * Where a position sits in JSON text that is being typed (and so often not valid JSON): the
 * chain of objects and arrays around it, with the key each object is at. Read from the text in
 * one pass, not from a parser's error recovery, which can take the next key for the value of
 * the one being typed.
 */
export interface JsonFrame {
  kind: 'object' | 'array';
  /** Where its `{` or `[` is. */
  from: number;
  /** In an object: the key whose value comes next, once its colon is written. */
  key: string | null;
  /** In an object: the keys written so far. */
  keys: string[];
}

/** The open objects and arrays at `pos`, outermost first. */
export function jsonFrames(text: string, pos: number): JsonFrame[] {
  const stack: JsonFrame[] = [];
  let lastString: string | null = null;
  for (let i = 0; i < pos; i++) {
    const c = text[i];
    const top = stack.at(-1);
    if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"' && text[i] !== '\n'; i++)
        if (text[i] === '\\') i++;
      lastString = text.slice(start + 1, Math.min(i, text.length));
    } else if (c === ':') {
      if (top?.kind === 'object' && lastString !== null) {
        top.key = lastString;
        top.keys.push(lastString);
      }
    } else if (c === ',') {
      if (top) top.key = null;
    } else if (c === '{' || c === '[') {
      stack.push({ kind: c === '{' ? 'object' : 'array', from: i, key: null, keys: [] });
    } else if (c === '}' || c === ']') {
      stack.pop();
    }
    if (c !== '"' && !/\s/.test(c ?? '')) lastString = null;
  }
  return stack;
}

/** Frames → the schema path of what is at the innermost one: keys, and `*` for array items. */
export function pathOf(frames: readonly JsonFrame[]): string[] {
  return frames.flatMap((frame) =>
    frame.kind === 'array' ? ['*'] : frame.key === null ? [] : [frame.key],
  );
}

/**
 * The keys of the object at `from` (its `{`), those after a position as well as before; the key
 * that starts at `except` (the one being typed) is left out.
 */
export function objectKeys(text: string, from: number, except = -1): string[] {
  const keys: string[] = [];
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (--depth === 0) break;
    } else if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"' && text[i] !== '\n'; i++)
        if (text[i] === '\\') i++;
      if (depth === 1 && start !== except && /^\s*:/.test(text.slice(i + 1, i + 20)))
        keys.push(text.slice(start + 1, i));
    }
  }
  return keys;
}

/** Where the top-level `key`'s object value opens (its `{`), or -1. */
export function topLevelObject(text: string, key: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    else if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"' && text[i] !== '\n'; i++)
        if (text[i] === '\\') i++;
      if (depth !== 1 || text.slice(start + 1, i) !== key) continue;
      const value = /^\s*:\s*\{/.exec(text.slice(i + 1, i + 200));
      if (value) return i + value[0].length;
    }
  }
  return -1;
}
