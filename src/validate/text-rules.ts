/**
 * The words for what `text-checks.ts` finds in a timeline's strings: each function returns the
 * message for the first thing wrong, or `undefined`. Only the diagnostics use them, so they load
 * only when a file has problems.
 */
import {
  localeOf,
  textFault,
  urlFault,
  type TextFault,
  type TextKind,
  type UrlFault,
} from './text-checks';

export type { TextKind } from './text-checks';

export function plainTextProblem(value: string, kind: TextKind, field: string): string | undefined {
  const fault = textFault(value, kind);
  return fault && textFaultMessage(fault, field);
}

/** `field` names the text in a sentence: "a title", "a name". */
export function textFaultMessage(fault: TextFault, field: string): string {
  switch (fault.type) {
    case 'tag':
      return `HTML is not allowed here; write plain text (found ${quoteSnippet(fault.found)})`;
    case 'entity':
      return (
        `HTML is not allowed here; write plain text: ${fault.found} would be shown as it is, ` +
        'so write the character itself'
      );
    case 'control':
      return fault.char === '\r'
        ? 'contains a carriage return (\\r); write line breaks as \\n only'
        : `contains the invisible control character ${codePoint(fault.char)}; remove it`;
    case 'line-break':
      return `line breaks are not allowed in ${field}; keep it on one line`;
    case 'tab':
      return `tab characters are not allowed in ${field}; use a space`;
  }
}

export function urlProblem(value: string): string | undefined {
  const fault = urlFault(value);
  return fault && urlFaultMessage(fault, value);
}

/** `relative`: a media address, which may also be relative to the timeline file. */
export function urlFaultMessage(fault: UrlFault, value: string, relative = false): string {
  const or = relative ? ' (or relative to the timeline file)' : '';
  switch (fault.type) {
    case 'empty':
      return `the url is empty; give a full address starting with https://${or}`;
    case 'protocol-relative':
      return 'protocol-relative addresses (//…) are not allowed; start the url with https://';
    case 'not-a-url':
      return `${quoteSnippet(value)} is not a complete web address; write it in full, starting with https://`;
    case 'protocol':
      return `only http: and https: ${relative ? 'addresses' : 'links'} are allowed, not ${fault.protocol}${or}`;
  }
}

/** The canonical form of a BCP 47 tag ("en-us" → "en-US"), or why it is not one. */
export function canonicalLocale(value: string): { locale: string } | { error: string } {
  const locale = localeOf(value);
  return locale ? { locale } : { error: localeMessage(value) };
}

/** Why `value` is not a language tag, with the fix when "_" is all that is wrong. */
export function localeMessage(value: string): string {
  const fixed = value.replace(/_/g, '-');
  const locale = fixed === value ? undefined : localeOf(fixed);
  const hint = locale ? `write "${locale}"` : 'e.g. "en", "en-US" or "de-DE"';
  return `${quoteSnippet(value)} is not a valid language tag; ${hint}`;
}

function codePoint(c: string): string {
  return `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A string as it can appear inside a message: quoted, escaped, and not too long. */
export function quoteSnippet(s: string, max = 40): string {
  const cut = s.length > max ? `${s.slice(0, max - 1)}…` : s;
  return JSON.stringify(cut);
}
