import { describe, expect, it } from 'vitest';
import { eventById } from '../../../src/query/event-lookup';
import { validateTimeline } from '../../../src/validate/validate';
import { generateTimelineInput } from '../../support/generate-input';

const result = validateTimeline(generateTimelineInput(50, 2));
if (!result.ok) throw new Error('generated timeline invalid');
const { timeline } = result;

describe('eventById', () => {
  it('finds every event by its id and nothing else', () => {
    for (const event of timeline.events) expect(eventById(timeline, event.id)).toBe(event);
    expect(eventById(timeline, 'no-such-event')).toBeUndefined();
  });
});
