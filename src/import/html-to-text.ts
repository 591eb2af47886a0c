/**
 * HTML from other timeline tools (TimelineJS text, captions, credits, media embeds) to the plain
 * text Dateline holds, without a DOM: the same code runs in node for the CLI and in the browser.
 *
 * What comes out is text only — no tag ever passes through — plus what the markup meant:
 * - `<p>`, headings, lists and `<blockquote>` end paragraphs ("\n\n"); `<br>`, `<div>`, `<li>`
 *   end lines ("\n"); other whitespace collapses to one space, as a browser shows it; `<pre>`
 *   keeps its spacing; `<q>` gets “curly quotes”. With `oneLine`, line breaks become spaces.
 * - `<a href>` links are collected; only absolute http(s) addresses are kept. The link text stays.
 * - `<blockquote>` with a `<cite>` (inside it, or right after it) becomes a quote with a
 *   speaker; a blockquote that names no one stays in the text, in quotation marks, since a
 *   Dateline quote needs a speaker.
 * - `<script>`, `<style>`, embeds (`<iframe>`, `<object>`, `<embed>`…), media (`<img>`,
 *   `<video>`, `<svg>`…) and document tags (`<meta>`, `<link>`, `<base>`) are dropped with their
 *   contents, each with a notice; so are event-handler attributes (`onerror=`) and
 *   `javascript:`/`data:` links. Comments and plain formatting tags are removed silently: they
 *   carry no content.
 * - Character references are decoded (see `html-entities.ts`); control characters other than
 *   tab and line feed are removed with a notice.
 *
 * Notices are unlocated messages; the importer places them on the field they came from.
 */
import { decodeEntities } from './html-entities';

export interface HtmlLink {
  /** An absolute http: or https: address, as written (trimmed). */
  url: string;
  /** The link's text, plain; may be empty. */
  text: string;
}

export interface HtmlQuote {
  /** The quoted words, plain text, without wrapping quotation marks. */
  text: string;
  /** The `<cite>` text, e.g. "Jens Stoltenberg, NATO Secretary-General"; dashes trimmed. */
  cite: string;
  /** Links inside the blockquote or its cite. */
  links: HtmlLink[];
}

export interface HtmlNotice {
  severity: 'error' | 'warning';
  message: string;
}

export interface HtmlText {
  text: string;
  /** Links outside quotes, in order, without repeats. */
  links: HtmlLink[];
  quotes: HtmlQuote[];
  notices: HtmlNotice[];
}

export interface HtmlToTextOptions {
  /** Titles, names, labels: line breaks become spaces. */
  oneLine?: boolean;
  /** Extract `<blockquote>`/`<cite>` as quotes (default true); otherwise they stay as text. */
  quotes?: boolean;
}

const SCRIPT = 'scripts are never imported';
const EMBED = 'Dateline shows no embeds, images or media';
const MARKUP = 'markup is never imported';

/** Elements dropped with everything inside them: what to call them, and why they go. */
const DROPPED: Record<string, [string, string]> = {
  script: ['a <script>', SCRIPT],
  noscript: ['a <noscript> block', SCRIPT],
  template: ['a <template>', SCRIPT],
  style: ['a <style> sheet', MARKUP],
  iframe: ['an embedded <iframe>', EMBED],
  frame: ['an embedded <frame>', EMBED],
  frameset: ['a <frameset>', EMBED],
  object: ['an embedded <object>', EMBED],
  embed: ['an <embed>', EMBED],
  applet: ['an <applet>', EMBED],
  noembed: ['a <noembed> block', EMBED],
  noframes: ['a <noframes> block', EMBED],
  svg: ['an <svg> drawing', EMBED],
  math: ['a <math> formula', EMBED],
  img: ['an image (<img>)', EMBED],
  picture: ['an image (<picture>)', EMBED],
  video: ['a <video>', EMBED],
  audio: ['an <audio> clip', EMBED],
  source: ['a media <source>', EMBED],
  track: ['a media <track>', EMBED],
  canvas: ['a <canvas>', EMBED],
  map: ['an image <map>', EMBED],
  area: ['an image-map <area>', EMBED],
  textarea: ['a form <textarea>', MARKUP],
  select: ['a form <select>', MARKUP],
  title: ['a document <title>', MARKUP],
  xmp: ['an <xmp> block', MARKUP],
  meta: ['a <meta> tag', MARKUP],
  link: ['a <link> tag', MARKUP],
  base: ['a <base> tag', MARKUP],
  head: ['a document <head>', MARKUP],
};

/** Their content is raw text up to the closing tag: tags inside do not count. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'iframe',
  'noscript',
  'noembed',
  'noframes',
  'textarea',
  'title',
  'xmp',
]);

/** Elements that never have content or a closing tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

const PARAGRAPH = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'pre',
  'table',
  'figure',
  'hr',
  'address',
  'blockquote',
]);

const LINE = new Set([
  'div',
  'li',
  'dt',
  'dd',
  'tr',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'main',
  'nav',
  'figcaption',
  'caption',
  'details',
  'summary',
  'fieldset',
  'legend',
  'form',
  'center',
]);

const CELL = new Set(['td', 'th']);

/** Controls that are neither tab nor line feed (whitespace is collapsed before this check). */
// eslint-disable-next-line no-control-regex
const STRAY_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const STRAY_CONTROLS = new RegExp(STRAY_CONTROL.source, 'g');
const clean = (s: string) => s.replace(STRAY_CONTROLS, '');

/** Builds plain text from a stream of text runs and breaks. */
class TextSink {
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
    this.out += collapsed.replace(/^ | $/g, '');
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
    let s = this.out.replace(/[ \t]+\n/g, '\n').replace(/\n[ \t]+/g, '\n');
    s = s.replace(/\n{3,}/g, '\n\n').trim();
    if (oneLine) s = s.replace(/\s*\n\s*/g, ' ');
    return s;
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

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attrs: [string, string][];
  /** Index just after the `>`. */
  end: number;
}

/** Reads a tag starting at `html[i] === '<'`; `undefined` if the input ends inside it. */
function readTag(html: string, i: number): Tag | undefined {
  let j = i + 1;
  const closing = html[j] === '/';
  if (closing) j++;
  const nameMatch = /^[^\s/>]+/.exec(html.slice(j, j + 64));
  const name = (nameMatch?.[0] ?? '').toLowerCase();
  j += nameMatch?.[0].length ?? 0;
  const attrs: [string, string][] = [];
  let selfClosing = false;
  while (j < html.length) {
    const c = html[j]!;
    if (c === '>') return { name, closing, selfClosing, attrs, end: j + 1 };
    if (/\s/.test(c)) {
      j++;
      continue;
    }
    if (c === '/') {
      selfClosing = html[j + 1] === '>';
      j++;
      continue;
    }
    selfClosing = false;
    const attr = /^[^\s/>][^\s/>=]*/.exec(html.slice(j, j + 256));
    const attrName = attr ? attr[0].toLowerCase() : html[j]!;
    j += attr ? attr[0].length : 1;
    while (j < html.length && /\s/.test(html[j]!)) j++;
    let value = '';
    if (html[j] === '=') {
      j++;
      while (j < html.length && /\s/.test(html[j]!)) j++;
      const q = html[j];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, j + 1);
        if (close < 0) return undefined;
        value = html.slice(j + 1, close);
        j = close + 1;
      } else {
        const m = /^[^\s>]*/.exec(html.slice(j))!;
        value = m[0];
        j += value.length;
      }
    }
    attrs.push([attrName, decodeEntities(value)]);
  }
  return undefined;
}

/** Why a link is not kept, or `undefined` when it is a usable web address. */
export function linkProblem(href: string): HtmlNotice | undefined {
  // Browsers ignore tabs and line breaks anywhere in a URL and controls at its ends.
  // eslint-disable-next-line no-control-regex
  const cleaned = href.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data') {
    return {
      severity: 'warning',
      message: `removed a ${scheme}: link (links can only point to web pages); its text was kept`,
    };
  }
  if (scheme === 'http' || scheme === 'https') {
    try {
      new URL(cleaned);
      return undefined;
    } catch {
      return {
        severity: 'warning',
        message: `the link ${JSON.stringify(cleaned)} is not a valid web address and was not imported; its text was kept`,
      };
    }
  }
  return {
    severity: 'warning',
    message:
      `the link ${JSON.stringify(cleaned.slice(0, 80))} is not a full http(s) address and was ` +
      'not imported; its text was kept',
  };
}

/** The cite as a speaker: "— Jens Stoltenberg" → "Jens Stoltenberg". */
function cleanCite(cite: string): string {
  return cite.replace(/^[\s\u2010-\u2015~-]+/, '').trim();
}

/** The quoted words without the quotation marks around all of them. */
export function unwrapQuote(text: string): string {
  const pairs: [string, string][] = [
    ['“', '”'],
    ['"', '"'],
    ['«', '»'],
    ['„', '“'],
    ['‘', '’'],
  ];
  const t = text.trim();
  for (const [open, close] of pairs) {
    if (t.length > 2 && t.startsWith(open) && t.endsWith(close)) {
      const inner = t.slice(open.length, -close.length);
      // Only when the marks wrap the whole quote, not `"a" and "b"`.
      if (!inner.includes(open) && !inner.includes(close)) return inner.trim();
    }
  }
  return t;
}

interface OpenQuote {
  body: TextSink;
  cite: TextSink | undefined;
  links: HtmlLink[];
  depth: number;
}

export function htmlToText(html: string, options: HtmlToTextOptions = {}): HtmlText {
  const oneLine = options.oneLine ?? false;
  const extractQuotes = options.quotes ?? true;
  const main = new TextSink();
  const links: HtmlLink[] = [];
  const quotes: HtmlQuote[] = [];
  const notices: HtmlNotice[] = [];
  const notice = (message: string, severity: HtmlNotice['severity'] = 'warning') => {
    if (!notices.some((n) => n.message === message)) notices.push({ severity, message });
  };

  let quote: OpenQuote | undefined;
  /** A blockquote that has closed without a cite: a `<cite>` right after it still counts. */
  let pending: OpenQuote | undefined;
  let inCite = false;
  let pre = 0;
  let anchor: { href: string | undefined } | undefined;
  /** Quotes kept as text (`quotes: false`): a `<cite>` in them reads as a byline. */
  let plainQuoteDepth = 0;
  const anchorText: string[] = [];

  const sink = (): TextSink => (quote ? (inCite && quote.cite ? quote.cite : quote.body) : main);

  const settlePending = () => {
    if (!pending) return;
    const text = pending.body.result(false);
    if (text !== '') {
      main.block(2);
      main.text(`“${unwrapQuote(text)}”`, true);
      main.block(2);
      notice(
        'a <blockquote> without a <cite> names no speaker, so it was kept in the text ' +
          'rather than made a quote',
      );
    }
    links.push(...pending.links);
    pending = undefined;
  };

  const finishQuote = (q: OpenQuote) => {
    const cite = q.cite ? cleanCite(q.cite.result(true)) : '';
    const text = unwrapQuote(q.body.result(false));
    if (cite === '') {
      pending = q;
      return;
    }
    if (text === '') {
      notice(`a <blockquote> cited to ${JSON.stringify(cite)} has no words; it was not imported`);
      links.push(...q.links);
      return;
    }
    quotes.push({ text, cite, links: q.links });
  };

  const addText = (run: string) => {
    if (pending && run.trim() !== '') settlePending();
    sink().text(run, pre > 0);
    if (anchor) anchorText.push(run);
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      addText(decodeEntities(html.slice(i)));
      break;
    }
    if (lt > i) addText(decodeEntities(html.slice(i, lt)));
    i = lt;
    const next = html[i + 1] ?? '';

    // Comments, doctypes, CDATA and processing instructions: no content to keep.
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const bogus =
      next === '!' || next === '?' || (next === '/' && !/[A-Za-z]/.test(html[i + 2] ?? ''));
    if (bogus) {
      const close = html.indexOf('>', i);
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    if (!/[A-Za-z/]/.test(next)) {
      // "a < b", "<3": a lone "<" is text.
      addText('<');
      i++;
      continue;
    }

    const tag = readTag(html, i);
    if (!tag) {
      notice(`removed an unfinished tag at the end: ${JSON.stringify(html.slice(i, i + 40))}`);
      break;
    }
    i = tag.end;
    const { name, closing } = tag;

    if (!closing) {
      for (const [attr] of tag.attrs) {
        if (attr.startsWith('on')) {
          notice(
            `removed the event-handler attribute ${attr}= on <${name}> (scripts are never imported)`,
          );
        }
      }
    }

    if (pending && !(name === 'cite' && !closing) && name !== 'br') settlePending();

    if (DROPPED[name] !== undefined) {
      if (closing) continue;
      const src = tag.attrs.find(([a]) => a === 'src' || a === 'href' || a === 'data')?.[1];
      const [what, why] = DROPPED[name];
      notice(`removed ${what}${src ? ` (${JSON.stringify(src.slice(0, 80))})` : ''}: ${why}`);
      if (VOID.has(name) || (tag.selfClosing && !RAW_TEXT.has(name))) continue;
      i = skipElement(html, i, name);
      continue;
    }

    if (name === 'br') {
      if (!closing) sink().lineBreak();
      continue;
    }
    if (name === 'pre') {
      pre = Math.max(0, pre + (closing ? -1 : 1));
      sink().block(2);
      continue;
    }
    if (name === 'q') {
      addText(closing ? '”' : '“');
      continue;
    }
    if (name === 'a') {
      if (!closing) {
        if (anchor) finishAnchor();
        const href = tag.attrs.find(([a]) => a === 'href')?.[1];
        anchor = { href };
        anchorText.length = 0;
      } else if (anchor) {
        finishAnchor();
      }
      continue;
    }

    if (name === 'blockquote' && extractQuotes) {
      if (!closing) {
        if (quote) {
          quote.depth++;
          quote.body.block(2);
        } else {
          main.block(2);
          quote = { body: new TextSink(), cite: undefined, links: [], depth: 1 };
        }
      } else if (quote) {
        quote.body.block(2);
        if (--quote.depth === 0) {
          if (anchor) finishAnchor();
          const q = quote;
          quote = undefined;
          inCite = false;
          finishQuote(q);
          main.block(2);
        }
      }
      continue;
    }

    if (name === 'cite' && extractQuotes) {
      if (!closing) {
        if (!quote && pending) {
          // `<blockquote>…</blockquote><cite>…</cite>`: reopen to take the cite.
          quote = pending;
          pending = undefined;
          quote.depth = 0;
        }
        if (quote) {
          quote.cite ??= new TextSink();
          quote.cite.block(1);
          inCite = true;
          continue;
        }
      } else if (quote && inCite) {
        inCite = false;
        if (quote.depth === 0) {
          if (anchor) finishAnchor();
          const q = quote;
          quote = undefined;
          finishQuote(q);
        }
        continue;
      }
    }

    if (name === 'blockquote') {
      plainQuoteDepth = Math.max(0, plainQuoteDepth + (closing ? -1 : 1));
    }
    if (name === 'cite' && !closing && plainQuoteDepth > 0) {
      // Quotes kept as text: the cite goes on its own line, like a byline.
      sink().lineBreak();
      addText('— ');
      continue;
    }

    if (PARAGRAPH.has(name)) sink().block(2);
    else if (LINE.has(name)) sink().block(1);
    else if (CELL.has(name)) sink().space();
  }
  if (anchor) finishAnchor();
  if (quote) {
    const q = quote;
    quote = undefined;
    finishQuote(q);
  }
  settlePending();

  let text = main.result(oneLine);
  const strays = [text, ...quotes.flatMap((q) => [q.text, q.cite])].some((t) =>
    STRAY_CONTROL.test(t),
  );
  if (strays) {
    notice('removed invisible control characters');
    text = clean(text);
    for (const q of quotes) {
      q.text = clean(q.text);
      q.cite = clean(q.cite);
    }
  }
  return { text, links: dedupeLinks(links), quotes, notices };

  function finishAnchor() {
    const a = anchor!;
    anchor = undefined;
    const text = anchorText
      .join('')
      .replace(/[ \t\n\r\f]+/g, ' ')
      .trim();
    anchorText.length = 0;
    if (a.href === undefined) return;
    const problem = linkProblem(a.href);
    if (problem) {
      notice(problem.message, problem.severity);
      return;
    }
    const link = { url: a.href.trim(), text: clean(text) };
    if (quote) quote.links.push(link);
    else links.push(link);
  }
}

/** Index just after the element that starts before `from`, contents and closing tag included. */
function skipElement(html: string, from: number, name: string): number {
  const lower = html.toLowerCase();
  if (RAW_TEXT.has(name)) {
    const close = new RegExp(`</${name}(?=[\\s/>])`, 'g');
    close.lastIndex = from;
    const m = close.exec(lower);
    if (!m) return html.length;
    const gt = html.indexOf('>', m.index);
    return gt < 0 ? html.length : gt + 1;
  }
  const tags = new RegExp(`<(/?)${name}(?=[\\s/>])`, 'g');
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(lower); m; m = tags.exec(lower)) {
    const gt = html.indexOf('>', m.index);
    if (gt < 0) return html.length;
    if (m[1] === '/') depth--;
    else if (html[gt - 1] !== '/') depth++;
    if (depth === 0) return gt + 1;
    tags.lastIndex = gt + 1;
  }
  return html.length;
}

function dedupeLinks(links: HtmlLink[]): HtmlLink[] {
  const seen = new Set<string>();
  return links.filter((l) => (seen.has(l.url) ? false : (seen.add(l.url), true)));
}
