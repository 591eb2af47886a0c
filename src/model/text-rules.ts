/**
 * Rules for the strings in a timeline: text is plain text, links are web links, a locale is a
 * real language tag. Each check returns the message for the first thing wrong, or `undefined`.
 *
 * Text is never rendered as HTML, so markup would show up as literal angle brackets: a tag in
 * a title is a mistake (pasted from a CMS) or an attack, and either way the reporter should
 * hear about it. A lone "<" ("x < y", "<3") is ordinary text.
 */

/** `one-line` for titles, names, labels…; `text` (summaries, notes, quotes) may hold \n and \t. */
export type TextKind = 'one-line' | 'text';

// An opening or closing tag (`<b>`, `</p>`, `<img src=x onerror=…>`, `<br/>`), a comment, a
// CDATA section or a doctype.
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|<!\[CDATA\[|<!doctype/i;
const HTML_ENTITY = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/;
// C0 and C1 controls and DEL; \t \n \r are sorted out below. Matching control characters is
// the point of these patterns.
/* eslint-disable no-control-regex */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
/** One cheap test that lets almost every string through untouched. */
const SUSPECT = /[<&\u0000-\u001F\u007F-\u009F]/;
const CONTROL_NOT_TAB_OR_LF = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/* eslint-enable no-control-regex */

export function plainTextProblem(value: string, kind: TextKind, field: string): string | undefined {
  if (!SUSPECT.test(value)) return undefined;
  const tag = HTML_TAG.exec(value);
  if (tag) {
    return `HTML is not allowed here; write plain text (found ${quoteSnippet(tag[0])})`;
  }
  const entity = HTML_ENTITY.exec(value);
  if (entity) {
    return (
      `HTML is not allowed here; write plain text: ${entity[0]} would be shown as it is, ` +
      'so write the character itself'
    );
  }
  const control = CONTROL_NOT_TAB_OR_LF.exec(value);
  if (control) {
    const c = control[0];
    if (c === '\r') {
      return 'contains a carriage return (\\r); write line breaks as \\n only';
    }
    return `contains the invisible control character ${codePoint(c)}; remove it`;
  }
  if (kind === 'one-line' && CONTROL.test(value)) {
    return value.includes('\n')
      ? `line breaks are not allowed in ${field}; keep it on one line`
      : `tab characters are not allowed in ${field}; use a space`;
  }
  return undefined;
}

/** Links must be complete http: or https: addresses; anything else could run script or leak. */
export function urlProblem(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return 'the url is empty; give a full address starting with https://';
  if (trimmed.startsWith('//')) {
    return 'protocol-relative addresses (//…) are not allowed; start the url with https://';
  }
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return `${quoteSnippet(value)} is not a complete web address; write it in full, starting with https://`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `only http: and https: links are allowed, not ${url.protocol}`;
  }
  return undefined;
}

/** The canonical form of a BCP 47 tag ("en-us" → "en-US"), or why it is not one. */
export function canonicalLocale(value: string): { locale: string } | { error: string } {
  try {
    const [locale] = Intl.getCanonicalLocales(value);
    if (locale) return { locale };
  } catch {
    // Reported below.
  }
  const fixed = value.replace(/_/g, '-');
  let hint = 'e.g. "en", "en-US" or "de-DE"';
  if (fixed !== value) {
    try {
      const [locale] = Intl.getCanonicalLocales(fixed);
      if (locale) hint = `write "${locale}"`;
    } catch {
      // Keep the generic hint.
    }
  }
  return { error: `${quoteSnippet(value)} is not a valid language tag; ${hint}` };
}

function codePoint(c: string): string {
  return `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A string as it can appear inside a message: quoted, escaped, and not too long. */
export function quoteSnippet(s: string, max = 40): string {
  const cut = s.length > max ? `${s.slice(0, max - 1)}…` : s;
  return JSON.stringify(cut);
}
