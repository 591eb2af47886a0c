/** Editors on Windows may save a byte-order mark; fetch() drops it, readFile does not. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
