/**
 * What the tags of one HTML text mean for Dateline: the state of one `htmlToText` reading
 * (`html-to-text.ts`, which has the rules in its header), fed tag by tag by the tokenizer.
 *
 * One reading is one object: the open quote, the blockquote waiting for a `<cite>`, the open
 * link, the `<pre>` and dropped-element depths. `open`, `close` and `text` take the tokens in
 * order; `finish` closes what is still open and hands back the text, links and quotes.
 */
import { CELL, DROPPED, LINE, PARAGRAPH } from './html-tags';
import { linkProblem } from './html-links';
import type { HtmlLink, HtmlNotice, HtmlQuote } from './html-types';
import { cleanCite, unwrapQuote } from './quote-text';
import { TextSink } from './text-sink';

/** Controls that are neither tab nor line feed (whitespace is collapsed before this check). */
// eslint-disable-next-line no-control-regex
export const STRAY_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const STRAY_CONTROLS = new RegExp(STRAY_CONTROL.source, 'g');
export const clean = (s: string) => s.replace(STRAY_CONTROLS, '');

interface OpenQuote {
  body: TextSink;
  cite: TextSink | undefined;
  links: HtmlLink[];
  depth: number;
}

export class HtmlReading {
  readonly main = new TextSink();
  readonly links: HtmlLink[] = [];
  readonly quotes: HtmlQuote[] = [];
  readonly notices: HtmlNotice[] = [];
  private readonly noticed = new Set<string>();

  private quote: OpenQuote | undefined;
  /** A blockquote that has closed without a cite: a `<cite>` right after it still counts. */
  private pending: OpenQuote | undefined;
  private inCite = false;
  private pre = 0;
  private anchor: { href: string | undefined } | undefined;
  private readonly anchorText: string[] = [];
  /** Quotes kept as text (`quotes: false`): a `<cite>` in them reads as a byline. */
  private plainQuoteDepth = 0;
  /** Elements open inside a dropped one (itself included): nothing in them is kept. */
  private dropDepth = 0;

  /** `extractQuotes`: blockquotes with a cite become quotes (otherwise they stay as text). */
  constructor(private readonly extractQuotes: boolean) {}

  notice(message: string, severity: HtmlNotice['severity'] = 'warning') {
    if (this.noticed.has(message)) return;
    this.noticed.add(message);
    this.notices.push({ severity, message });
  }

  /** A run of text between tags. */
  text(run: string) {
    if (this.dropDepth > 0) return;
    this.addText(run);
  }

  /** A tag opens (implied ones too: htmlparser2 closes and opens as a browser would). */
  open(name: string, attrs: Record<string, string>) {
    if (this.dropDepth > 0) {
      this.dropDepth++;
      return;
    }
    for (const attr of Object.keys(attrs)) {
      if (attr.startsWith('on')) {
        this.notice(
          `removed the event-handler attribute ${attr}= on <${name}> (scripts are never imported)`,
        );
      }
    }
    if (this.pending && name !== 'cite' && name !== 'br') this.settlePending();

    const dropped = DROPPED.get(name);
    if (dropped !== undefined) {
      const src = attrs.src ?? attrs.href ?? attrs.data;
      const [what, why] = dropped;
      this.notice(`removed ${what}${src ? ` (${JSON.stringify(src.slice(0, 80))})` : ''}: ${why}`);
      this.dropDepth = 1;
      return;
    }
    switch (name) {
      case 'br':
        this.sink().lineBreak();
        return;
      case 'pre':
        this.pre++;
        this.sink().block(2);
        return;
      case 'q':
        this.addText('“');
        return;
      case 'a':
        if (this.anchor) this.finishAnchor();
        this.anchor = { href: Object.hasOwn(attrs, 'href') ? attrs.href : undefined };
        this.anchorText.length = 0;
        return;
    }
    if (this.extractQuotes && (name === 'blockquote' || name === 'cite')) {
      if (name === 'blockquote') return this.openQuote();
      if (this.openCite()) return;
    }
    if (name === 'blockquote') this.plainQuoteDepth++;
    if (name === 'cite' && this.plainQuoteDepth > 0) {
      // Quotes kept as text: the cite goes on its own line, like a byline.
      this.sink().lineBreak();
      this.addText('— ');
      return;
    }
    this.blockBreak(name);
  }

  close(name: string) {
    if (this.dropDepth > 0) {
      this.dropDepth--;
      return;
    }
    if (this.pending && name !== 'br') this.settlePending();
    switch (name) {
      case 'br':
        return;
      case 'pre':
        this.pre = Math.max(0, this.pre - 1);
        this.sink().block(2);
        return;
      case 'q':
        this.addText('”');
        return;
      case 'a':
        if (this.anchor) this.finishAnchor();
        return;
    }
    if (this.extractQuotes && name === 'blockquote') return this.closeQuote();
    if (this.extractQuotes && name === 'cite' && this.quote && this.inCite) return this.closeCite();
    if (name === 'blockquote') this.plainQuoteDepth = Math.max(0, this.plainQuoteDepth - 1);
    this.blockBreak(name);
  }

  /** The end of the input: closes the link and quote still open. */
  finish() {
    if (this.anchor) this.finishAnchor();
    if (this.quote) {
      const q = this.quote;
      this.quote = undefined;
      this.finishQuote(q);
    }
    this.settlePending();
  }

  private sink(): TextSink {
    const q = this.quote;
    return q ? (this.inCite && q.cite ? q.cite : q.body) : this.main;
  }

  private addText(run: string) {
    if (this.pending && run.trim() !== '') this.settlePending();
    this.sink().text(run, this.pre > 0);
    if (this.anchor) this.anchorText.push(run);
  }

  private blockBreak(name: string) {
    if (PARAGRAPH.has(name)) this.sink().block(2);
    else if (LINE.has(name)) this.sink().block(1);
    else if (CELL.has(name)) this.sink().space();
  }

  private openQuote() {
    if (this.quote) {
      this.quote.depth++;
      this.quote.body.block(2);
    } else {
      this.main.block(2);
      this.quote = { body: new TextSink(), cite: undefined, links: [], depth: 1 };
    }
  }

  /** A `<cite>` in (or right after) a blockquote; false when there is none to take it. */
  private openCite(): boolean {
    if (!this.quote && this.pending) {
      // `<blockquote>…</blockquote><cite>…</cite>`: reopen to take the cite.
      this.quote = this.pending;
      this.pending = undefined;
      this.quote.depth = 0;
    }
    if (!this.quote) return false;
    this.quote.cite ??= new TextSink();
    this.quote.cite.block(1);
    this.inCite = true;
    return true;
  }

  private closeQuote() {
    const q = this.quote;
    if (!q) return;
    q.body.block(2);
    if (--q.depth > 0) return;
    if (this.anchor) this.finishAnchor();
    this.quote = undefined;
    this.inCite = false;
    this.finishQuote(q);
    this.main.block(2);
  }

  private closeCite() {
    this.inCite = false;
    const q = this.quote!;
    if (q.depth !== 0) return;
    if (this.anchor) this.finishAnchor();
    this.quote = undefined;
    this.finishQuote(q);
  }

  private settlePending() {
    const p = this.pending;
    if (!p) return;
    const text = p.body.result(false);
    if (text !== '') {
      this.main.block(2);
      this.main.text(`“${unwrapQuote(text)}”`, true);
      this.main.block(2);
      this.notice(
        'a <blockquote> without a <cite> names no speaker, so it was kept in the text ' +
          'rather than made a quote',
      );
    }
    this.links.push(...p.links);
    this.pending = undefined;
  }

  private finishQuote(q: OpenQuote) {
    const cite = q.cite ? cleanCite(q.cite.result(true)) : '';
    const text = unwrapQuote(q.body.result(false));
    if (cite === '') {
      this.pending = q;
      return;
    }
    if (text === '') {
      this.notice(
        `a <blockquote> cited to ${JSON.stringify(cite)} has no words; it was not imported`,
      );
      this.links.push(...q.links);
      return;
    }
    this.quotes.push({ text, cite, links: q.links });
  }

  private finishAnchor() {
    const a = this.anchor!;
    this.anchor = undefined;
    const text = this.anchorText
      .join('')
      .replace(/[ \t\n\r\f]+/g, ' ')
      .trim();
    this.anchorText.length = 0;
    if (a.href === undefined) return;
    const problem = linkProblem(a.href);
    if (problem) {
      this.notice(problem.message, problem.severity);
      return;
    }
    const link = { url: a.href.trim(), text: clean(text) };
    if (this.quote) this.quote.links.push(link);
    else this.links.push(link);
  }
}
