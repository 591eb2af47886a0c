/** What `htmlToText` (`html-to-text.ts`) gives back, and its options. */

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
