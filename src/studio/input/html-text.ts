/**
 * The readable text of an article saved as HTML: parsed into an inert document (its scripts
 * never run), scripts, styles and templates left out, one line per paragraph or heading.
 */
export function htmlText(html: string, parser: DOMParser = new DOMParser()): string {
  const doc = parser.parseFromString(html, 'text/html');
  doc.querySelectorAll('script, style, template, noscript').forEach((el) => el.remove());
  doc.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
  doc
    .querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, div, tr')
    .forEach((el) => el.append('\n\n'));
  return (doc.body?.textContent ?? '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
