/**
 * The quick check: the whole happy path of validation, as a yes/no. `JSON.parse`, a guard
 * compiled from the schema (`schema-guard.ts`), the cross-field rules (`timeline-rules.ts`),
 * normalisation. It says nothing about why a file fails: `diagnose.ts` does, and only it.
 */
import { normalise } from './normalise';
import { TimelineSchema } from '../format/schema';
import { compileGuard } from '../format/schema-guard';
import { withoutBom } from '../format/without-bom';
import { Rules, type Obj } from './timeline-rules';
import type { Timeline, TimelineInput } from '../format/types';

/** The schema's shapes, as a yes/no; valibot runs (in the diagnostics) only on a no. */
export const isTimelineShape = compileGuard(TimelineSchema);

const FAULT = new Error('the timeline has a fault');

/** The trusted timeline if `value` passes every check; `undefined` (and not why) otherwise. */
export function acceptTimeline(value: unknown): Timeline | undefined {
  try {
    if (!isTimelineShape(value)) return undefined;
    const rules = new Rules(
      () => {
        throw FAULT;
      },
      { shapesChecked: true },
    );
    rules.timeline(value as Obj);
    return normalise(value as TimelineInput, rules);
  } catch {
    // The first fault settles it. Anything else is a bug: the diagnostics run the same code
    // again and turn the error into a message.
    return undefined;
  }
}

/** `JSON.parse` of a file's text, or `undefined` (which JSON never is) if it is not JSON. */
export function parseText(text: string): unknown {
  try {
    return JSON.parse(withoutBom(text)) as unknown;
  } catch {
    return undefined;
  }
}
