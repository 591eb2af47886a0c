/**
 * The cells of the first table in clipboard HTML (Google Sheets, Excel and LibreOffice all put
 * one there). The HTML is parsed into an inert document by DOMParser — never put into the page,
 * so its scripts never run and its images never load — and only cell text is read from it.
 */
export function tableRows(html: string, parser: DOMParser = new DOMParser()): string[][] | null {
  const doc = parser.parseFromString(html, 'text/html');
  const table = doc.querySelector('table');
  if (!table) return null;
  const rows: string[][] = [];
  // Cells a rowspan carries down from rows above: row → column → text.
  const carried = new Map<number, Map<number, string>>();
  table.querySelectorAll('tr').forEach((tr, r) => {
    const row: string[] = [];
    const fromAbove = carried.get(r);
    const fill = () => {
      while (fromAbove?.has(row.length)) row.push(fromAbove.get(row.length)!);
    };
    for (const cell of tr.querySelectorAll('td, th')) {
      fill();
      const text = cellText(cell);
      const span = Math.max(1, Math.min(100, Number(cell.getAttribute('colspan')) || 1));
      const down = Math.max(1, Math.min(1000, Number(cell.getAttribute('rowspan')) || 1));
      for (let i = 0; i < span; i++) {
        const column = row.length;
        // A merged cell's text goes in its first column; the columns it spans stay blank.
        row.push(i === 0 ? text : '');
        for (let k = 1; k < down; k++) {
          const below = carried.get(r + k) ?? new Map<number, string>();
          below.set(column, '');
          carried.set(r + k, below);
        }
      }
    }
    fill();
    rows.push(row);
  });
  return rows;
}

/** A cell's text with its line breaks (<br>, paragraphs) kept and spaces tidied. */
function cellText(cell: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) parts.push((child.textContent ?? '').replace(/\s+/g, ' '));
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'SCRIPT' || tag === 'STYLE') continue;
        if (tag === 'BR') parts.push('\n');
        walk(child);
        if (tag === 'P' || tag === 'DIV') parts.push('\n');
      }
    }
  };
  walk(cell);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}
