/**
 * Plain text built from a stream of text runs and breaks, as a browser lays them out:
 * whitespace collapses to one space except in `<pre>`, paragraphs end with a blank line. Every
 * step is linear in its input: no pattern here scans a run of spaces more than once.
 */

/** `line` without the spaces and tabs at its end. */
function trimEndSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 0x20 || line.charCodeAt(end - 1) === 0x09)) {
    end--;
  }
  return end === line.length ? line : line.slice(0, end);
}

/** `line` without the spaces and tabs at its start. */
function trimStartSpaces(line: string): string {
  let start = 0;
  while (
    start < line.length &&
    (line.charCodeAt(start) === 0x20 || line.charCodeAt(start) === 0x09)
  ) {
    start++;
  }
  return start === 0 ? line : line.slice(start);
}

export class TextSink {
  private out = '';
  private pendingBreak = 0;
  private pendingSpace = false;

  text(run: string, pre: boolean): void {
    if (run === '') return;
    if (pre) {
      this.flush();
      this.out += run.replace(/\r\n?/g, '\n');
      return;
    }
    const collapsed = run.replace(/[ \t\n\r\f]+/g, ' ');
    if (collapsed === ' ') {
      this.pendingSpace = true;
      return;
    }
    if (collapsed.startsWith(' ')) this.pendingSpace = true;
    this.flush();
    const trailing = collapsed.endsWith(' ');
    this.out += collapsed.slice(
      collapsed.startsWith(' ') ? 1 : 0,
      trailing ? -1 : collapsed.length,
    );
    this.pendingSpace = trailing;
  }

  /** A soft break: at least `n` line feeds before the next text. */
  block(n: number): void {
    if (this.out !== '') this.pendingBreak = Math.max(this.pendingBreak, n);
    this.pendingSpace = false;
  }

  /** `<br>`: one more line feed each time. */
  lineBreak(): void {
    if (this.out === '') return;
    this.flushBreak();
    this.out += '\n';
    this.pendingSpace = false;
  }

  /** A separator that shows only between two pieces of text (table cells). */
  space(): void {
    this.pendingSpace = true;
  }

  result(oneLine: boolean): string {
    const lines = this.out.split('\n').map((line) => trimStartSpaces(trimEndSpaces(line)));
    const s = lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    if (!oneLine) return s;
    // Line breaks, and any whitespace around them, become one space.
    return s
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join(' ');
  }

  private flushBreak(): void {
    if (this.pendingBreak > 0 && this.out !== '') this.out += '\n'.repeat(this.pendingBreak);
    this.pendingBreak = 0;
  }

  private flush(): void {
    if (this.pendingBreak > 0 && this.out !== '') {
      this.flushBreak();
    } else if (this.pendingSpace && this.out !== '' && !this.out.endsWith('\n')) {
      this.out += ' ';
    }
    this.pendingBreak = 0;
    this.pendingSpace = false;
  }
}
