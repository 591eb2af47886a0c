/** Line and column (1-based, columns in code points) for offsets into a text. */

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, in code points. */
  column: number;
  /** 0-based UTF-16 offset into the text. */
  offset: number;
}

/** Line and column for each offset; one sweep over the text, whatever the order of offsets. */
export function positionsOf(text: string, offsets: readonly number[]): Position[] {
  const order = offsets.map((_, i) => i).sort((a, b) => offsets[a]! - offsets[b]!);
  const out: Position[] = new Array<Position>(offsets.length);
  let line = 1;
  let column = 1;
  /** Where the column count has reached on the current line. */
  let counted = 0;
  // Line breaks are found with indexOf (native speed); only the stretch of a line before each
  // offset is walked character by character, to count columns in code points.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (const k of order) {
    const target = Math.min(Math.max(offsets[k]!, 0), text.length);
    for (;;) {
      const brk = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      if (brk < 0 || brk >= target) break;
      const next = brk === cr && text.charCodeAt(brk + 1) === 0x0a ? brk + 2 : brk + 1;
      line++;
      column = 1;
      counted = next;
      if (lf >= 0 && lf < next) lf = text.indexOf('\n', next);
      if (cr >= 0 && cr < next) cr = text.indexOf('\r', next);
    }
    for (let i = counted; i < target; i++) {
      const c = text.charCodeAt(i);
      // The second half of a surrogate pair is not a character of its own.
      if (!(c >= 0xdc00 && c <= 0xdfff && isHighSurrogate(text, i - 1))) column++;
    }
    counted = Math.max(counted, target);
    out[k] = { line, column, offset: target };
  }
  return out;
}

function isHighSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff;
}

export function lineOf(text: string, offset: number): number {
  return positionsOf(text, [offset])[0]!.line;
}
