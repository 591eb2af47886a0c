/**
 * What the iframe embed and its host page say to each other with `postMessage`, and the checks
 * each side runs before believing a message. Any window can post to any other, so a message is
 * read only when it has exactly the expected shape; everything else is ignored, never an error.
 *
 * Child → parent, on every change of height, in the formats hosts already listen for:
 *   pym.js  `pymxPYMx<childId>xPYMxheightxPYMx<px>` (only when the URL names a `childId`)
 *   AMP     `{ sentinel: 'amp', type: 'embed-size', height }`
 *   Datawrapper `{ 'datawrapper-height': { <id>: <px> } }`
 *   ours    `{ type: 'dateline:resize', height }`, and `{ type: 'dateline:select', id, title }`
 *   WordPress `{ message: 'height', value, secret }` and `{ message: 'link', value, secret }`, only
 *           when the address carries WordPress's `#?secret=…` (its wp-embed.js then clamps the
 *           height to 200–1000 px and follows links to the embed's own host)
 * Parent → child:
 *   pym.js  `pymxPYMx<childId>xPYMxwidthxPYMx<px>` (answered with the height)
 *   WordPress `{ message: 'ready', secret }` (answered with the height)
 *   ours    `{ type: 'dateline:activate', id }` (article sync), `{ type: 'dateline:open', id }`
 */
import { isObj } from '../format/objects';

/** Event ids are URL-safe words (see the format); anything else is not an id. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,199}$/;
/** No page is taller than this; a bigger number is a malformed message. */
const MAX_HEIGHT = 1_000_000;

export type ChildMessage =
  | { type: 'dateline:resize'; height: number }
  | { type: 'dateline:select'; id: string | null; title: string | null };

export type ParentMessage =
  { type: 'dateline:activate'; id: string | null } | { type: 'dateline:open'; id: string | null };

const isIdOrNull = (x: unknown): x is string | null =>
  x === null || (typeof x === 'string' && ID.test(x));

export const isHeight = (x: unknown): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= MAX_HEIGHT;

/** Every message the child sends for one height; WordPress's only with its secret. */
export function heightMessages(
  height: number,
  childId: string | null,
  secret: string | null = null,
): unknown[] {
  const px = Math.ceil(height);
  const messages: unknown[] = [
    { type: 'dateline:resize', height: px },
    { sentinel: 'amp', type: 'embed-size', height: px },
    { 'datawrapper-height': { [childId ?? 'dateline']: px } },
  ];
  if (childId) messages.push(pymMessage(childId, 'height', String(px)));
  if (secret) messages.push({ message: 'height', value: px, secret });
  return messages;
}

/**
 * The secret WordPress puts in an embed's address (`#?secret=Ab12…`, also the iframe's
 * `data-secret`): its wp-embed.js believes a message only when it carries it. Letters and
 * digits, as wp-embed.js requires; anything else is no secret.
 */
export function wordpressSecret(hash: string): string | null {
  const match = /^#\?(?:[^#]*&)?secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(hash);
  return match ? match[1]! : null;
}

/** Asks a WordPress host to follow a link (it does for links to the embed's own host). */
export const wordpressLink = (href: string, secret: string) => ({
  message: 'link',
  value: href,
  secret,
});

export const pymMessage = (childId: string, type: string, value: string) =>
  `pymxPYMx${childId}xPYMx${type}xPYMx${value}`;

/** A message from the child, read by the parent script; null when it is not ours or malformed. */
export function readChildMessage(data: unknown): ChildMessage | null {
  if (!isObj(data)) return null;
  if (data.type === 'dateline:resize') {
    return isHeight(data.height) ? { type: data.type, height: data.height } : null;
  }
  if (data.type === 'dateline:select') {
    if (!isIdOrNull(data.id)) return null;
    const title = typeof data.title === 'string' ? data.title.slice(0, 500) : null;
    return { type: data.type, id: data.id, title };
  }
  return null;
}

/**
 * A message from the parent, read by the child. `childId` lets pym.js's width message through
 * (pym asks for the height by telling the child its width), `secret` WordPress's `ready`.
 */
export function readParentMessage(
  data: unknown,
  childId: string | null,
  secret: string | null = null,
): ParentMessage | { type: 'height?' } | null {
  if (typeof data === 'string') {
    if (!childId) return null;
    const prefix = `pymxPYMx${childId}xPYMxwidthxPYMx`;
    return data.startsWith(prefix) && /^\d+(\.\d+)?$/.test(data.slice(prefix.length))
      ? { type: 'height?' }
      : null;
  }
  if (!isObj(data)) return null;
  if (secret && data.message === 'ready' && data.secret === secret) return { type: 'height?' };
  if ((data.type === 'dateline:activate' || data.type === 'dateline:open') && isIdOrNull(data.id)) {
    return { type: data.type, id: data.id };
  }
  return null;
}
