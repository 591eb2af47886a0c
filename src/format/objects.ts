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
