/**
 * The host page's script for iframe embeds, `embed/parent.js`: sizes every
 * `<iframe data-dateline>` to its content and relays what the reader chose. It believes a
 * message only when `event.source` is one of those iframes' windows, and only when the message
 * has our exact shape; the rest of the page's messages pass by untouched.
 *
 * Options, as attributes of the iframe:
 *   data-dateline-sync="selector"  article sync: paragraphs marked `data-dateline-event` inside
 *                                  the selected element ("" for the whole page) highlight their
 *                                  event as the reader scrolls past them
 *   data-dateline-offset="0.5"     the reading line, from the top of the viewport
 *   data-dateline-scroll           choosing an event scrolls the article to its paragraph
 *   data-dateline-address          the page's `#event-id` opens that event, and choosing an
 *                                  event writes it there (one iframe per page)
 * The iframe dispatches `dateline:select` (detail `{ id, title }`) for the page's analytics.
 */
import { followArticle, parseOffset, scrollToStep } from './article-sync';
import { readChildMessage, type ParentMessage } from './messages';
import { eventFromHash } from '../state/url-params';

const FRAMES = 'iframe[data-dateline]';
/** Iframes that have spoken to us: their article sync is running. */
const met = new WeakSet<HTMLIFrameElement>();

function frameOf(source: MessageEventSource | null): HTMLIFrameElement | null {
  if (!source) return null;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>(FRAMES)) {
    if (frame.contentWindow === source) return frame;
  }
  return null;
}

function send(frame: HTMLIFrameElement, message: ParentMessage): void {
  let origin: string;
  try {
    origin = new URL(frame.src, document.baseURI).origin;
  } catch {
    return;
  }
  if (origin === 'null') return;
  frame.contentWindow?.postMessage(message, origin);
}

function articleOf(frame: HTMLIFrameElement): ParentNode | null {
  const selector = frame.getAttribute('data-dateline-sync');
  if (selector === null) return null;
  if (!selector.trim()) return document;
  try {
    return document.querySelector(selector);
  } catch {
    return null;
  }
}

/** The first message from an iframe: it is alive and listening, so start what it was asked. */
function meet(frame: HTMLIFrameElement): void {
  const article = articleOf(frame);
  const offset = parseOffset(frame.getAttribute('data-dateline-offset'));
  met.add(frame);
  if (article) {
    followArticle({
      root: article,
      offset,
      owner: frame.id || undefined,
      onstep: (id) => send(frame, { type: 'dateline:activate', id }),
    });
  }
  if (frame.hasAttribute('data-dateline-address')) {
    const id = eventFromHash(window.location.hash);
    if (id) send(frame, { type: 'dateline:open', id });
  }
}

function onMessage(event: MessageEvent): void {
  const frame = frameOf(event.source);
  if (!frame) return;
  const message = readChildMessage(event.data);
  if (!message) return;
  if (!met.has(frame)) meet(frame);
  if (message.type === 'dateline:resize') {
    frame.style.height = `${message.height}px`;
    return;
  }
  const { id, title } = message;
  frame.dispatchEvent(new CustomEvent('dateline:select', { detail: { id, title }, bubbles: true }));
  if (id && frame.hasAttribute('data-dateline-scroll')) {
    const article = articleOf(frame) ?? document;
    const offset = parseOffset(frame.getAttribute('data-dateline-offset'));
    scrollToStep(article, id, offset, frame.id || undefined);
  }
  if (frame.hasAttribute('data-dateline-address')) {
    const url = new URL(window.location.href);
    url.hash = id ? encodeURIComponent(id) : '';
    history.replaceState(history.state, '', id ? url.href : url.href.replace(/#$/, ''));
  }
}

// Pasted once per embed, the script must still listen only once.
const FLAG = Symbol.for('dateline.parent');
const page = window as unknown as Record<symbol, boolean>;
if (!page[FLAG]) {
  page[FLAG] = true;
  window.addEventListener('message', onMessage);
}
