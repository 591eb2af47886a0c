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
 * - Character references are decoded as browsers decode them (`entities`, through htmlparser2);
 *   control characters other than tab and line feed are removed with a notice.
 *
 * The markup is read by htmlparser2's tokenizer, in HTML mode: tags, attributes, comments, raw
 * text elements and implied end tags as a browser reads them, in one linear pass. What the tags
 * mean for Dateline (the rules above) is ours, below.
 *
 * Notices are unlocated messages; the importer places them on the field they came from.
 */
import { Parser } from 'htmlparser2';
import { TextSink } from './text-sink';

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
const DROPPED = new Map<string, [string, string]>(
  Object.entries({
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
  }),
);

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

/** Why a link is not kept, or `undefined` when it is a usable web address. */
export function linkProblem(href: string): HtmlNotice | undefined {
  // Browsers ignore tabs and line breaks anywhere in a URL and controls at its ends.
  const cleaned = trimUrl(href.replace(/[\t\n\r]/g, ''));
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

/**
 * Without the controls and spaces (U+0000–U+0020) at either end, as URL parsing drops them.
 * A loop rather than `/[\u0000-\u0020]+$/`, which retries from every space of a long run.
 */
function trimUrl(url: string): string {
  let start = 0;
  let end = url.length;
  while (start < end && url.charCodeAt(start) <= 0x20) start++;
  while (end > start && url.charCodeAt(end - 1) <= 0x20) end--;
  return url.slice(start, end);
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

/**
 * Elements open at once, at most. Browsers stop nesting at about this depth too (Chromium at
 * 512); no timeline text needs more, and the tokenizer's stack costs time per open element.
 */
const MAX_NESTING = 512;
const TOO_DEEP = new Error('too deep');

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
  const noticed = new Set<string>();
  const notice = (message: string, severity: HtmlNotice['severity'] = 'warning') => {
    if (noticed.has(message)) return;
    noticed.add(message);
    notices.push({ severity, message });
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
  /** Elements open inside a dropped one (itself included): nothing in them is kept. */
  let dropDepth = 0;

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

  const finishAnchor = () => {
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
  };

  /** A tag opens (implied ones too: htmlparser2 closes and opens as a browser would). */
  const open = (name: string, attrs: Record<string, string>) => {
    if (dropDepth > 0) {
      dropDepth++;
      return;
    }
    for (const attr of Object.keys(attrs)) {
      if (attr.startsWith('on')) {
        notice(
          `removed the event-handler attribute ${attr}= on <${name}> (scripts are never imported)`,
        );
      }
    }
    if (pending && name !== 'cite' && name !== 'br') settlePending();

    const dropped = DROPPED.get(name);
    if (dropped !== undefined) {
      const src = attrs.src ?? attrs.href ?? attrs.data;
      const [what, why] = dropped;
      notice(`removed ${what}${src ? ` (${JSON.stringify(src.slice(0, 80))})` : ''}: ${why}`);
      dropDepth = 1;
      return;
    }
    switch (name) {
      case 'br':
        sink().lineBreak();
        return;
      case 'pre':
        pre++;
        sink().block(2);
        return;
      case 'q':
        addText('“');
        return;
      case 'a':
        if (anchor) finishAnchor();
        anchor = { href: Object.hasOwn(attrs, 'href') ? attrs.href : undefined };
        anchorText.length = 0;
        return;
    }
    if (name === 'blockquote' && extractQuotes) {
      if (quote) {
        quote.depth++;
        quote.body.block(2);
      } else {
        main.block(2);
        quote = { body: new TextSink(), cite: undefined, links: [], depth: 1 };
      }
      return;
    }
    if (name === 'cite' && extractQuotes) {
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
        return;
      }
    }
    if (name === 'blockquote') plainQuoteDepth++;
    if (name === 'cite' && plainQuoteDepth > 0) {
      // Quotes kept as text: the cite goes on its own line, like a byline.
      sink().lineBreak();
      addText('— ');
      return;
    }
    blockBreak(name);
  };

  const close = (name: string) => {
    if (dropDepth > 0) {
      dropDepth--;
      return;
    }
    if (pending && name !== 'br') settlePending();
    switch (name) {
      case 'br':
        return;
      case 'pre':
        pre = Math.max(0, pre - 1);
        sink().block(2);
        return;
      case 'q':
        addText('”');
        return;
      case 'a':
        if (anchor) finishAnchor();
        return;
    }
    if (name === 'blockquote' && extractQuotes) {
      if (!quote) return;
      quote.body.block(2);
      if (--quote.depth === 0) {
        if (anchor) finishAnchor();
        const q = quote;
        quote = undefined;
        inCite = false;
        finishQuote(q);
        main.block(2);
      }
      return;
    }
    if (name === 'cite' && extractQuotes && quote && inCite) {
      inCite = false;
      if (quote.depth === 0) {
        if (anchor) finishAnchor();
        const q = quote;
        quote = undefined;
        finishQuote(q);
      }
      return;
    }
    if (name === 'blockquote') plainQuoteDepth = Math.max(0, plainQuoteDepth - 1);
    blockBreak(name);
  };

  const blockBreak = (name: string) => {
    if (PARAGRAPH.has(name)) sink().block(2);
    else if (LINE.has(name)) sink().block(1);
    else if (CELL.has(name)) sink().space();
  };

  /** The last character any token took: what is left after it was an unfinished tag. */
  let consumed = -1;
  /** Elements open now, implied ones included (void elements close as they open). */
  let depth = 0;
  const parser: Parser = new Parser({
    onopentag: (name, attrs) => {
      consumed = Math.max(consumed, parser.endIndex);
      if (++depth > MAX_NESTING) throw TOO_DEEP;
      open(name, attrs);
    },
    onclosetag: (name) => {
      consumed = Math.max(consumed, parser.endIndex);
      depth--;
      close(name);
    },
    ontext: (text) => {
      consumed = Math.max(consumed, parser.endIndex);
      if (dropDepth === 0) addText(text);
    },
    oncomment: () => {
      consumed = Math.max(consumed, parser.endIndex);
    },
    onprocessinginstruction: () => {
      consumed = Math.max(consumed, parser.endIndex);
    },
  });
  try {
    parser.end(html);
  } catch (err) {
    if (err !== TOO_DEEP) throw err;
    notice(
      `the markup nests more than ${MAX_NESTING} elements deep; nothing after that point was ` +
        'imported',
      'error',
    );
    consumed = html.length;
  }
  if (consumed < html.length - 1) {
    const rest = html.slice(consumed + 1).trimStart();
    if (rest !== '') {
      notice(`removed an unfinished tag at the end: ${JSON.stringify(rest.slice(0, 40))}`);
    }
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
}

function dedupeLinks(links: HtmlLink[]): HtmlLink[] {
  const seen = new Set<string>();
  return links.filter((l) => (seen.has(l.url) ? false : (seen.add(l.url), true)));
}
