import { MAX_PASTED_HTML } from './limits';

/** What a paste carries, in the order the studio prefers: a table, text, or only an image. */
export type Pasted =
  | { kind: 'rows'; rows: string[][] }
  | { kind: 'text'; text: string }
  | { kind: 'image' }
  | { kind: 'empty' };

export function readPaste(
  data: DataTransfer | null,
  parse: (html: string) => string[][] | null,
): Pasted {
  if (!data) return { kind: 'empty' };
  const text = data.getData('text/plain');
  const html = data.getData('text/html');
  // A large paste is read from its TSV, in the worker (limits.ts, MAX_PASTED_HTML).
  if (html && (html.length <= MAX_PASTED_HTML || text.trim() === '')) {
    const rows = parse(html);
    if (rows && rows.length > 0) return { kind: 'rows', rows };
  }
  if (text.trim() !== '') return { kind: 'text', text };
  const hasImage = [...data.items].some(
    (item) => item.kind === 'file' && item.type.startsWith('image/'),
  );
  return hasImage ? { kind: 'image' } : { kind: 'empty' };
}
