/**
 * Ids for imported events, people and groups: URL-safe slugs made from their words, unique
 * within a timeline. "Blinken warns Wang Yi in Munich" → "blinken-warns-wang-yi-in-munich".
 */
import { RESERVED_KEYS } from '../format/objects';
import { ID_MAX_LENGTH, ID_PATTERN } from '../format/schema';

/** Long enough to tell events apart, short enough for a readable link. */
const SLUG_MAX = 60;

export function isUrlSafeId(id: string): boolean {
  return ID_PATTERN.test(id) && id.length <= ID_MAX_LENGTH;
}

/** Lowercase ASCII letters and digits joined by "-"; accents dropped; `fallback` if empty. */
export function slugify(text: string, fallback: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX) {
      if (!slug) slug = word.slice(0, SLUG_MAX);
      break;
    }
    slug = next;
  }
  return slug || fallback;
}

/** Hands out ids that are not taken yet: "x", then "x-2", "x-3"… */
export class IdAllocator {
  private readonly taken = new Set<string>();

  /**
   * `avoidReserved`: for keys of `people` and `groups`, which become object keys; a group
   * labelled "Constructor" gets `constructor-2`.
   */
  constructor(options: { avoidReserved?: boolean } = {}) {
    if (options.avoidReserved) for (const key of RESERVED_KEYS) this.taken.add(key);
  }

  /** Marks an id as used; false if it already was. */
  reserve(id: string): boolean {
    if (this.taken.has(id)) return false;
    this.taken.add(id);
    return true;
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }

  /** `base` if free, otherwise the first free `base-N`. */
  allocate(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}
