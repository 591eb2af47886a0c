/** Media (issue 12 §1): the schema, the rules and their located errors, normalisation. */
import { describe, expect, it } from 'vitest';
import { parseTimelineText, validateTimeline } from '../../../src/validate/validate';
import { mediaKind } from '../../../src/format/media-kind';

const photo = { src: 'img/press.png', alt: 'Stoltenberg at the lectern', width: 1200, height: 800 };
const base = {
  version: 1,
  title: 'T',
  events: [{ id: 'a', date: '2023-02-18', title: 'A', media: photo }],
};
const withMedia = (media: unknown) =>
  JSON.stringify({ ...base, events: [{ ...base.events[0], media }] }, null, 2);

function problemsOf(media: unknown) {
  const result = parseTimelineText(withMedia(media));
  expect(result.ok, JSON.stringify(media)).toBe(false);
  return result.ok ? [] : result.problems;
}

describe('media', () => {
  it('normalises an image: kind, trimmed text, sizes, variants', () => {
    const result = validateTimeline({
      ...base,
      media: { src: 'img/cover.jpg', alt: '', decorative: true },
      events: [
        {
          ...base.events[0],
          media: {
            ...photo,
            caption: ' At NATO headquarters ',
            credit: 'Kenzo Tribouillard/AFP via Getty Images',
            link: 'https://example.com/photo',
            srcset: [{ src: 'img/press-600.png', width: 600 }],
          },
        },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.timeline.events[0]!.media).toEqual({
      src: 'img/press.png',
      alt: 'Stoltenberg at the lectern',
      caption: 'At NATO headquarters',
      credit: 'Kenzo Tribouillard/AFP via Getty Images',
      link: 'https://example.com/photo',
      width: 1200,
      height: 800,
      srcset: [{ src: 'img/press-600.png', width: 600 }],
    });
    expect(result.timeline.media).toEqual({
      src: 'img/cover.jpg',
      alt: '',
      decorative: true,
    });
  });

  it.each([
    ['clip.mp4', undefined, 'video'],
    ['talk.MP3?x=1', undefined, 'audio'],
    ['stream', 'video/mp4', 'video'],
    ['sound', 'audio', 'audio'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', undefined, 'youtube'],
    ['https://vimeo.com/76979871', undefined, 'vimeo'],
    ['photo.webp', undefined, 'image'],
  ])('%s (type %s) plays as %s', (src, type, kind) => {
    const media = type ? { src, alt: 'x', type } : { src, alt: 'x' };
    const result = validateTimeline({ ...base, events: [{ ...base.events[0], media }] });
    expect(result.ok && mediaKind(result.timeline.events[0]!.media!)).toBe(kind);
  });

  it('keeps caption tracks, subtitles by default', () => {
    const media = {
      src: 'clip.webm',
      alt: 'The press conference',
      tracks: [
        { src: 'clip.en.vtt', srclang: 'en', label: 'English' },
        { src: 'clip.de.vtt', srclang: 'de', label: 'Deutsch', kind: 'captions' },
      ],
    };
    const result = validateTimeline({ ...base, events: [{ ...base.events[0], media }] });
    expect(result.ok && result.timeline.events[0]!.media!.tracks).toEqual([
      { src: 'clip.en.vtt', srclang: 'en', label: 'English', kind: 'subtitles' },
      { src: 'clip.de.vtt', srclang: 'de', label: 'Deutsch', kind: 'captions' },
    ]);
  });

  // Every bad input the issue names, each reported at its path and line.
  it.each([
    [{ src: 'a.png' }, '$.events[0].media.alt', /has no "alt".*decorative/],
    [{ src: 'a.png', alt: '' }, '$.events[0].media.alt', /alt text is empty.*"decorative": true/],
    [{ src: 'a.png', alt: ' ', decorative: false }, '$.events[0].media.alt', /alt text is empty/],
    [{ src: 'javascript:alert(1)', alt: 'x' }, '$.events[0].media.src', /not javascript:/],
    [{ src: 'data:image/png;base64,AAAA', alt: 'x' }, '$.events[0].media.src', /not data:/],
    [{ src: 'file:///etc/passwd', alt: 'x' }, '$.events[0].media.src', /not file:/],
    [{ src: '//cdn.example/a.png', alt: 'x' }, '$.events[0].media.src', /protocol-relative/],
    [{ src: '', alt: 'x' }, '$.events[0].media.src', /url is empty/],
    [{ src: 'a.png', alt: 'x', width: '1200' }, '$.events[0].media.width', /expected a number/],
    [{ src: 'a.png', alt: 'x', height: -5 }, '$.events[0].media.height', /whole number.*-5/],
    [{ src: 'a.png', alt: 'x', width: 12.5 }, '$.events[0].media.width', /whole number.*12.5/],
    [{ src: 'a.png', alt: 'x', width: 0 }, '$.events[0].media.width', /above 0/],
    [
      { src: 'a.png', alt: 'x', srcset: [{ src: 'javascript:x', width: 600 }] },
      '$.events[0].media.srcset[0].src',
      /not javascript:/,
    ],
    [
      { src: 'a.png', alt: 'x', srcset: [{ src: 'b.png', width: 'wide' }] },
      '$.events[0].media.srcset[0].width',
      /expected a number/,
    ],
    [
      { src: 'a.mp4', alt: 'x', tracks: [{ src: 'data:text/vtt,x', srclang: 'en', label: 'E' }] },
      '$.events[0].media.tracks[0].src',
      /not data:/,
    ],
    [
      { src: 'a.mp4', alt: 'x', tracks: [{ src: 'a.vtt', srclang: 'en_GB', label: 'E' }] },
      '$.events[0].media.tracks[0].srclang',
      /language tag; write "en-GB"/,
    ],
    [
      { src: 'a.mp4', alt: 'x', tracks: [{ src: 'a.vtt', srclang: 'en', label: 'E', kind: 'x' }] },
      '$.events[0].media.tracks[0].kind',
      /"subtitles", "captions"/,
    ],
    [{ src: 'a.png', alt: 'x', link: 'javascript:x' }, '$.events[0].media.link', /not javascript:/],
    [{ src: 'a.png', alt: '<img src=x onerror=alert(1)>' }, '$.events[0].media.alt', /HTML/],
    [
      { src: 'a.png', alt: 'x', type: 'picture' },
      '$.events[0].media.type',
      /"image", "video", "audio" or a MIME type/,
    ],
    [{ src: 'a.png', alt: 'x', size: 3 }, '$.events[0].media.size', /unknown field "size"/],
  ])('%j → %s', (media, path, message) => {
    const problems = problemsOf(media);
    const problem = problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem!.message).toMatch(message);
    expect(problem!.line).toBeGreaterThan(1);
    expect(problems).toHaveLength(1);
  });

  it('checks the title card media too', () => {
    const result = parseTimelineText(
      JSON.stringify({ ...base, media: { src: 'javascript:x', alt: '' } }, null, 2),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path).sort()).toEqual(['$.media.alt', '$.media.src']);
  });
});
