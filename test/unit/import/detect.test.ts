import { describe, expect, it } from 'vitest';
import { detectFormat, mightBeTimelineJs } from '../../../src/import/detect';

describe('detectFormat', () => {
  it.each([
    [
      'a Dateline timeline',
      { version: 1, title: 'T', events: [{ id: 'a', date: '2023', title: 'A' }] },
      'dateline',
    ],
    [
      'Dateline without version (invalid, for the validator)',
      { title: 'T', events: [{ date: '2023' }] },
      'dateline',
    ],
    [
      'TimelineJS events',
      { events: [{ start_date: { year: 2023 }, text: { headline: 'A' } }] },
      'timelinejs',
    ],
    ['TimelineJS with only text objects', { events: [{ text: { headline: 'A' } }] }, 'timelinejs'],
    ['a TimelineJS title slide', { title: { text: { headline: 'T' } }, events: [] }, 'timelinejs'],
    ['TimelineJS eras', { eras: [], events: [] }, 'timelinejs'],
    ['TimelineJS 2', { timeline: { headline: 'T', date: [] } }, 'timelinejs'],
    ['a version wins', { version: 1, title: { text: {} }, events: [] }, 'dateline'],
    ['not an object', [1, 2], 'dateline'],
    ['null', null, 'dateline'],
  ])('%s → %s', (_, value, format) => {
    expect(detectFormat(value)).toBe(format);
  });
});

describe('mightBeTimelineJs', () => {
  it.each([
    ['{"events":[{"start_date": {"year": 2023}}]}', true],
    ['{ "eras" : [] }', true],
    ['{"timeline": {"date": []}}', true],
    ['{"version": 1, "events": [{"date": "2023"}]}', false],
    ['{"title": "about start_date"}', false],
    ['{"title": {"text": {"headline": "T"}}, "events": []}', true],
    [JSON.stringify({ version: 1, title: 'say "headline": no' }), false],
  ])('%s → %s', (text, expected) => {
    expect(mightBeTimelineJs(text)).toBe(expected);
  });
});
