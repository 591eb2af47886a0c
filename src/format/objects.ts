/** A JSON object as read from a file, before anything is trusted about its fields. */
export type Obj = Record<string, unknown>;

/** A JSON object: not null, not a list. */
export function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A copy without `undefined` fields, keys in the order written. */
export function compact<T extends object>(o: T): T {
  const out = {} as T;
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/**
 * Keys that must never become properties of a plain object: `__proto__` replaces the object's
 * prototype instead, and `constructor` and `prototype` are refused by the validator, since code
 * that looks them up without `Object.hasOwn` finds something every object has.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** `table[key]` when the table itself has that key: never something every object inherits. */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
