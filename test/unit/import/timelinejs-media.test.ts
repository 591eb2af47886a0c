/** TimelineJS media (issue 12 §1) on a file made for the test: what maps, what is reported. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromTimelineJsJson } from '../../../src/import/timelinejs-json';
import { hasErrors } from '../../../src/import/origins';
import { validateTimeline } from '../../../src/validate/validate';
import { mediaKind } from '../../../src/format/media-kind';

const TEXT = readFileSync('test/fixtures/import/timelinejs-media.json', 'utf8');
const result = fromTimelineJsJson(JSON.parse(TEXT), { text: TEXT });

describe('the TimelineJS media fixture', () => {
  it('maps pictures, YouTube, Vimeo and sound onto media, and the title slide’s onto the title card', () => {
    expect(hasErrors(result.problems)).toBe(false);
    const checked = validateTimeline(result.value);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(result.value.media).toEqual({
      src: 'https://news.example/img/cover.png',
      alt: 'The summit hall',
      credit: 'Pool photo',
    });
    const kinds = Object.fromEntries(
      checked.timeline.events.map((e) => [e.title, e.media && mediaKind(e.media)]),
    );
    expect(kinds).toEqual({
      'A tweet': undefined,
      'A sound': 'audio',
      'A Vimeo video': 'vimeo',
      'A YouTube video': 'youtube',
      'A picture': 'image',
    });
    expect(result.value.events[0]!.media).toEqual({
      src: 'https://news.example/img/press.png',
      alt: 'Stoltenberg at the lectern',
      caption: 'At NATO headquarters',
      credit: 'Kenzo Tribouillard/AFP via Getty Images',
    });
    expect(result.value.events[3]!.media).toEqual({
      src: 'https://news.example/audio/interview.mp3',
      alt: 'The interview',
      caption: 'The interview',
    });
  });

  it('keeps the tweet as a source, and reports it and the thumbnail where they are written', () => {
    expect(result.value.events[4]).toMatchObject({
      sources: [{ url: 'https://twitter.com/nato/status/1627999999999999999' }],
      note: 'Media credit: NATO',
    });
    const lines = TEXT.split('\n');
    expect(result.problems.map((p) => [p.path, p.severity])).toEqual([
      ['$.events[0].media.thumbnail', 'warning'],
      ['$.events[4].media.url', 'warning'],
    ]);
    for (const p of result.problems) expect(lines[p.line! - 1]).toContain(p.path.split('.').pop());
  });
});
