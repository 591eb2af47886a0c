// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { tableRows } from '../../../src/studio/input/html-table';
import { htmlText } from '../../../src/studio/input/html-text';

describe('tableRows', () => {
  it('reads the cells of a Google Sheets table', () => {
    const html =
      '<meta charset="utf-8"><google-sheets-html-origin><table><tbody>' +
      '<tr><td>Year</td><td>Headline</td></tr>' +
      '<tr><td>2023</td><td>Line one<br>line two</td></tr></tbody></table>';
    expect(tableRows(html)).toEqual([
      ['Year', 'Headline'],
      ['2023', 'Line one\nline two'],
    ]);
  });

  it('keeps merged cells in their columns', () => {
    const html =
      '<table><tr><th colspan="2">Date</th><td>Headline</td></tr>' +
      '<tr><td rowspan="2">2023</td><td>2</td><td>a</td></tr><tr><td>3</td><td>b</td></tr></table>';
    expect(tableRows(html)).toEqual([
      ['Date', '', 'Headline'],
      ['2023', '2', 'a'],
      ['', '3', 'b'],
    ]);
  });

  it('reads only text: scripts do not run and leave nothing behind', () => {
    (globalThis as { hacked?: boolean }).hacked = false;
    const html =
      '<table><tr><td>kind<script>globalThis.hacked = true</script></td>' +
      '<td><img src=x onerror="globalThis.hacked = true">title</td></tr></table>';
    expect(tableRows(html)).toEqual([['kind', 'title']]);
    expect((globalThis as { hacked?: boolean }).hacked).toBe(false);
  });

  it('returns null without a table', () => expect(tableRows('<p>hello</p>')).toBeNull());
});

describe('htmlText', () => {
  it('gives one paragraph per line and leaves scripts out', () => {
    const html = '<h1>Title</h1><script>alert(1)</script><p>One “quote”.</p><p>Two<br>three</p>';
    expect(htmlText(html)).toBe('Title\n\nOne “quote”.\n\nTwo\nthree');
  });
});
