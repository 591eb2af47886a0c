/**
 * A fast yes/no version of a valibot schema, compiled from the schema itself.
 *
 * Valibot builds an output copy and a dataset object for every value it checks; on a file of
 * 100,000 events that allocation is most of the cost of validation. Nearly every file a reader
 * loads is valid, so validation asks this guard first and runs valibot only when the answer is
 * no, to get the issues. The guard is derived from the same schema object, so the two cannot
 * drift; it knows a handful of node types and throws when compiled over anything else, so a new
 * kind of rule in `schema.ts` has to be taught here before it can be used.
 *
 * It may be stricter than valibot, never laxer: arrays are not objects, and own keys that
 * valibot skips (`__proto__`, `constructor`, `prototype`) fail. A stricter "no" only means
 * valibot runs; the rules in `timeline-rules.ts` then report what valibot lets through.
 */
import type * as v from 'valibot';
import { isObj } from './objects';

export type Guard = (value: unknown) => boolean;

type AnySchema = v.BaseSchema<unknown, unknown, v.BaseIssue<unknown>>;

interface Node {
  type: string;
  kind?: string;
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  key?: AnySchema;
  value?: AnySchema;
  wrapped?: AnySchema;
  literal?: unknown;
  default?: unknown;
  pipe?: Node[];
  requirement?: unknown;
}

const hasOwn = Object.prototype.hasOwnProperty;
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

export function compileGuard(schema: AnySchema): Guard {
  const node = schema as unknown as Node;
  const base = compileSchema(node);
  const checks = (node.pipe ?? []).slice(1).flatMap((item) => compileAction(item));
  if (checks.length === 0) return base;
  return (value) => {
    if (!base(value)) return false;
    // An indexed loop: this runs for every string in a file, cold, where an iterator is slow.
    for (let i = 0; i < checks.length; i++) if (!checks[i]!(value)) return false;
    return true;
  };
}

function compileSchema(node: Node): Guard {
  switch (node.type) {
    case 'string':
      return (x) => typeof x === 'string';
    case 'boolean':
      return (x) => typeof x === 'boolean';
    case 'number':
      // As valibot: NaN is not a number here (JSON cannot write it, but a caller can).
      return (x) => typeof x === 'number' && !Number.isNaN(x);
    case 'literal': {
      const literal = node.literal;
      return (x) => x === literal;
    }
    case 'optional': {
      if (node.default !== undefined) throw new Error('schema-guard: optional with a default');
      const inner = compileGuard(node.wrapped!);
      return (x) => x === undefined || inner(x);
    }
    case 'array': {
      const item = compileGuard(node.item!);
      return (x) => {
        if (!Array.isArray(x)) return false;
        for (let i = 0; i < x.length; i++) if (!item(x[i])) return false;
        return true;
      };
    }
    case 'record': {
      const key = compileGuard(node.key!);
      const value = compileGuard(node.value!);
      return (x) => {
        if (!isObj(x)) return false;
        for (const k of Object.keys(x)) {
          if (RESERVED.has(k) || !key(k) || !value(x[k])) return false;
        }
        return true;
      };
    }
    case 'strict_object': {
      // One pass over the keys the object has (absent optional keys cost nothing, and no key
      // array is allocated): each must be allowed and valid, and every required one be there.
      const guards: Record<string, Guard> = Object.create(null) as Record<string, Guard>;
      const required: Record<string, true> = Object.create(null) as Record<string, true>;
      let requiredCount = 0;
      for (const [k, s] of Object.entries(node.entries!)) {
        guards[k] = compileGuard(s);
        if ((s as unknown as Node).type !== 'optional') {
          required[k] = true;
          requiredCount++;
        }
      }
      return (x) => {
        if (!isObj(x)) return false;
        let present = 0;
        for (const k in x) {
          const guard = guards[k];
          if (guard === undefined || !hasOwn.call(x, k) || !guard(x[k])) return false;
          if (required[k]) present++;
        }
        return present === requiredCount;
      };
    }
    default:
      throw new Error(`schema-guard: cannot compile a "${node.type}" schema`);
  }
}

function compileAction(node: Node): Guard[] {
  if (node.kind === 'metadata') return [];
  if (node.kind === 'schema') return [compileGuard(node as unknown as AnySchema)];
  switch (node.type) {
    case 'regex': {
      const re = node.requirement as RegExp;
      if (re.global || re.sticky) throw new Error('schema-guard: stateful regex');
      return [(x) => re.test(x as string)];
    }
    case 'min_length': {
      const n = node.requirement as number;
      return [(x) => (x as { length: number }).length >= n];
    }
    case 'max_length': {
      const n = node.requirement as number;
      return [(x) => (x as { length: number }).length <= n];
    }
    default:
      throw new Error(`schema-guard: cannot compile a "${node.type}" action`);
  }
}
