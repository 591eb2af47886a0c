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
 *
 * This file drives the tokenizer and finishes the text; `HtmlReading` (`html-reading.ts`) holds
 * what one reading has seen so far and applies the rules tag by tag.
 */
import { Parser } from 'htmlparser2';
import { dedupeLinks } from './html-links';
import { HtmlReading, STRAY_CONTROL, clean } from './html-reading';
import type { HtmlText, HtmlToTextOptions } from './html-types';

/**
 * Elements open at once, at most. Browsers stop nesting at about this depth too (Chromium at
 * 512); no timeline text needs more, and the tokenizer's stack costs time per open element.
 */
const MAX_NESTING = 512;
const TOO_DEEP = new Error('too deep');

export function htmlToText(html: string, options: HtmlToTextOptions = {}): HtmlText {
  const reading = new HtmlReading(options.quotes ?? true);
  const consumed = tokenize(html, reading);
  if (consumed < html.length - 1) {
    const rest = html.slice(consumed + 1).trimStart();
    if (rest !== '') {
      reading.notice(`removed an unfinished tag at the end: ${JSON.stringify(rest.slice(0, 40))}`);
    }
  }
  reading.finish();

  const { quotes } = reading;
  let text = reading.main.result(options.oneLine ?? false);
  const strays = [text, ...quotes.flatMap((q) => [q.text, q.cite])].some((t) =>
    STRAY_CONTROL.test(t),
  );
  if (strays) {
    reading.notice('removed invisible control characters');
    text = clean(text);
    for (const q of quotes) {
      q.text = clean(q.text);
      q.cite = clean(q.cite);
    }
  }
  return { text, links: dedupeLinks(reading.links), quotes, notices: reading.notices };
}

/**
 * Feeds `html` to `reading` token by token; returns the index of the last character a token
 * took (what is left after it was an unfinished tag).
 */
function tokenize(html: string, reading: HtmlReading): number {
  let consumed = -1;
  /** Elements open now, implied ones included (void elements close as they open). */
  let depth = 0;
  const took = () => {
    consumed = Math.max(consumed, parser.endIndex);
  };
  const parser: Parser = new Parser({
    onopentag: (name, attrs) => {
      took();
      if (++depth > MAX_NESTING) throw TOO_DEEP;
      reading.open(name, attrs);
    },
    onclosetag: (name) => {
      took();
      depth--;
      reading.close(name);
    },
    ontext: (text) => {
      took();
      reading.text(text);
    },
    oncomment: took,
    onprocessinginstruction: took,
  });
  try {
    parser.end(html);
  } catch (err) {
    if (err !== TOO_DEEP) throw err;
    reading.notice(
      `the markup nests more than ${MAX_NESTING} elements deep; nothing after that point was ` +
        'imported',
      'error',
    );
    return html.length;
  }
  return consumed;
}
