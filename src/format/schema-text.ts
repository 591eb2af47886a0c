/** Text fields of the timeline schema: required (not blank) or optional, with editor hints. */
import * as v from 'valibot';

/** Something to write, not just spaces. */
const NOT_BLANK = /\S/;

/** Editors show `examples` as completions; an empty list would just be noise. */
function hints(description: string, examples?: string[]) {
  return v.metadata<string, Record<string, unknown>>(
    examples ? { description, examples } : { description },
  );
}

export function requiredText(what: string, description: string, examples?: string[]) {
  return v.pipe(v.string(), v.regex(NOT_BLANK, `${what} is empty`), hints(description, examples));
}

export function optionalText(description: string, examples?: string[]) {
  return v.optional(v.pipe(v.string(), hints(description, examples)));
}
