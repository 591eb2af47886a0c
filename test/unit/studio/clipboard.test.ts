import { describe, expect, it } from 'vitest';
import { readPaste } from '../../../src/studio/input/clipboard';
import { MAX_PASTED_HTML } from '../../../src/studio/input/limits';

/** As much of a DataTransfer as readPaste reads. */
const clipboard = (items: Record<string, string>) =>
  ({ getData: (type: string) => items[type] ?? '', items: [] }) as unknown as DataTransfer;
const table = () => [['from', 'html']];

describe('readPaste', () => {
  it('prefers the HTML table a spreadsheet puts on the clipboard', () => {
    const pasted = readPaste(clipboard({ 'text/html': '<table>', 'text/plain': 'a\tb' }), table);
    expect(pasted).toEqual({ kind: 'rows', rows: [['from', 'html']] });
  });
  it('reads a large paste from its TSV, which the worker parses, not its HTML', () => {
    const html = `<table>${'x'.repeat(MAX_PASTED_HTML)}`;
    let parsed = false;
    const pasted = readPaste(clipboard({ 'text/html': html, 'text/plain': 'a\tb' }), () => {
      parsed = true;
      return [];
    });
    expect(pasted).toEqual({ kind: 'text', text: 'a\tb' });
    expect(parsed).toBe(false);
  });
  it('still reads large HTML when there is no text beside it', () => {
    const html = `<table>${'x'.repeat(MAX_PASTED_HTML)}`;
    expect(readPaste(clipboard({ 'text/html': html }), table).kind).toBe('rows');
  });
});
