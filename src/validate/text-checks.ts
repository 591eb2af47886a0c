/**
 * Checks for the strings in a timeline: text is plain text, links are web links, a locale is a
 * real language tag. Each check answers with what is wrong, as data, or `undefined`; the words
 * for it are in `text-rules.ts`, which only the diagnostics load (see `check-timeline.ts`).
 *
 * Text is never rendered as HTML, so markup would show up as literal angle brackets: a tag in
 * a title is a mistake (pasted from a CMS) or an attack, and either way the reporter should
 * hear about it. A lone "<" ("x < y", "<3") is ordinary text.
 */

/** `one-line` for titles, names, labels…; `text` (summaries, notes, quotes) may hold \n and \t. */
export type TextKind = 'one-line' | 'text';

/** The first thing wrong with a piece of text: markup found, or a character it may not hold. */
export type TextFault =
  | { type: 'tag' | 'entity'; found: string }
  | { type: 'control'; char: string }
  | { type: 'line-break' | 'tab' };

/** Why a url is refused. */
export type UrlFault =
  { type: 'empty' | 'protocol-relative' | 'not-a-url' } | { type: 'protocol'; protocol: string };

// Tags as the HTML tokenizer reads them: "<" or "</" then an ASCII letter starts one; its name
// runs to whitespace, "/" or ">", so `<svg/onload=…>` and `</script/x>` are tags, and anything
// after the name is attributes (whose values may hold "<" and ">"). Refused: a tag with
// attributes, whatever its name (`<a:b onclick=…>` runs script), and any tag named like an
// element (`<b>`). A bare `<jens@nato.int>` has no attributes and names no element: it stays
// text. A comment, a CDATA section or a doctype counts as markup too.
const TAG_START = /<\/?[A-Za-z]/g;
const ELEMENT_NAME = /^[A-Za-z][A-Za-z0-9-]*$/;
const MARKUP = /<!--|<!\[CDATA\[|<!doctype/i;
const isNameEnd = (c: string) =>
  c === '>' || c === '/' || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/** The first tag in `value` (to its first ">"), or a comment/CDATA/doctype opener. Linear. */
function findTag(value: string): string | undefined {
  const markup = MARKUP.exec(value);
  TAG_START.lastIndex = 0;
  for (let m = TAG_START.exec(value); m; m = TAG_START.exec(value)) {
    if (markup && markup.index < m.index) break;
    let i = m.index + m[0].length;
    while (i < value.length && !isNameEnd(value[i]!)) i++;
    if (i === value.length) break; // The input ends inside the name: no tag, here or later.
    if (value[i] === '>') {
      const name = value.slice(m.index + m[0].length - 1, i);
      if (ELEMENT_NAME.test(name)) return value.slice(m.index, i + 1);
      TAG_START.lastIndex = i + 1;
      continue;
    }
    const end = value.indexOf('>', i);
    if (end < 0) break;
    return value.slice(m.index, end + 1);
  }
  return markup?.[0];
}

const HTML_ENTITY = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/;
// C0 and C1 controls and DEL; \t \n \r are sorted out below. Matching control characters is
// the point of these patterns.
/* eslint-disable no-control-regex */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
/** One cheap test that lets almost every string through untouched. */
const SUSPECT = /[<&\u0000-\u001F\u007F-\u009F]/;
const CONTROL_NOT_TAB_OR_LF = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/* eslint-enable no-control-regex */

export function textFault(value: string, kind: TextKind): TextFault | undefined {
  if (!SUSPECT.test(value)) return undefined;
  const tag = findTag(value);
  if (tag !== undefined) return { type: 'tag', found: tag };
  const entity = HTML_ENTITY.exec(value);
  if (entity) return { type: 'entity', found: entity[0] };
  const control = CONTROL_NOT_TAB_OR_LF.exec(value);
  if (control) return { type: 'control', char: control[0] };
  if (kind === 'one-line' && CONTROL.test(value)) {
    return { type: value.includes('\n') ? 'line-break' : 'tab' };
  }
  return undefined;
}

/** Links must be complete http: or https: addresses; anything else could run script or leak. */
export function urlFault(value: string): UrlFault | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return { type: 'empty' };
  if (trimmed.startsWith('//')) return { type: 'protocol-relative' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { type: 'not-a-url' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { type: 'protocol', protocol: url.protocol };
  }
  return undefined;
}

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const ANY_BASE = 'https://base.invalid/dir/file';

/**
 * Media addresses may also be relative (to the timeline file), but never name another scheme:
 * `javascript:` and `data:` run or smuggle content, `file:` and the rest reach outside the web.
 */
export function mediaUrlFault(value: string): UrlFault | undefined {
  const trimmed = value.trim();
  if (SCHEME.test(trimmed) || trimmed === '' || trimmed.startsWith('//')) return urlFault(value);
  try {
    new URL(trimmed, ANY_BASE);
  } catch {
    return { type: 'not-a-url' };
  }
  return undefined;
}

/** The canonical form of a BCP 47 tag ("en-us" → "en-US"), or `undefined` if it is not one. */
export function localeOf(value: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    return undefined;
  }
}
