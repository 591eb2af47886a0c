/** The media figure (issue 12 §1): pictures, players, the click-to-load video, the fallback. */
import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import MediaFigure from '../../src/components/media/MediaFigure.svelte';
import EventDetails from '../../src/components/EventDetails.svelte';
import { en } from '../../src/i18n/messages';
import de from '../../src/i18n/catalogs/de';
import type { Media } from '../../src/format/types';
import { renderInReader, seedTimeline } from './support/seed';

const photo: Media = {
  src: 'https://news.example/data/img/press.png',
  alt: 'Stoltenberg at the lectern',
  caption: 'The press conference at NATO headquarters',
  credit: 'Kenzo Tribouillard/AFP via Getty Images',
  width: 1200,
  height: 800,
};

const show = (media: Media, messages = en) =>
  renderInReader(MediaFigure, { media }, seedTimeline(), messages);

describe('MediaFigure', () => {
  it('shows a picture lazily, in the space its size keeps, with caption and credit', () => {
    const { container } = show(photo);
    const img = screen.getByRole('img', { name: photo.alt });
    expect(img.getAttribute('src')).toBe(photo.src);
    expect(img.getAttribute('width')).toBe('1200');
    expect(img.getAttribute('height')).toBe('800');
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('decoding')).toBe('async');
    expect(img.hasAttribute('srcset')).toBe(false);
    const caption = container.querySelector('figure > figcaption');
    expect(caption?.textContent).toContain(photo.caption);
    expect(caption?.querySelector('.credit')?.textContent).toBe(photo.credit);
  });

  it('gives srcset and sizes when there are variants, and links the credit', () => {
    show({
      ...photo,
      link: 'https://news.example/photos/1',
      srcset: [
        { src: 'https://news.example/a-600.png', width: 600 },
        { src: 'https://news.example/a-1200.png', width: 1200 },
      ],
    });
    const img = screen.getByRole('img');
    expect(img.getAttribute('srcset')).toBe(
      'https://news.example/a-600.png 600w, https://news.example/a-1200.png 1200w',
    );
    expect(img.getAttribute('sizes')).toMatch(/40vw/);
    expect(screen.getByRole('link', { name: photo.credit })).toHaveAttribute(
      'href',
      'https://news.example/photos/1',
    );
  });

  it('leaves the alt text, caption and credit when the picture fails, not a broken box', async () => {
    const { container } = show(photo);
    await fireEvent.error(screen.getByRole('img'));
    expect(container.querySelector('img')).toBeNull();
    const text = container.querySelector('figure')?.textContent ?? '';
    expect(text).toContain(`Image not available: ${photo.alt}`);
    expect(text).toContain(photo.caption);
    expect(text).toContain(photo.credit);
  });

  it('requests nothing for media the page refused, and shows their text', () => {
    const { container } = show({ ...photo, refused: 'https://images.example' });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('figure')?.textContent).toContain(
      `Image not available: ${photo.alt}`,
    );
  });

  it.each([
    ['video', 'https://media.example/clip.mp4', 'Video not available'],
    ['audio', 'https://media.example/talk.mp3', 'Audio not available'],
  ])('says a refused %s file is one, not an image', (_, src, said) => {
    const { container } = show({ ...photo, src, refused: 'https://media.example' });
    expect(container.querySelector('video, audio')).toBeNull();
    expect(container.querySelector('figure')?.textContent).toContain(`${said}: ${photo.alt}`);
  });

  it('gives a decorative picture empty alt text, and nothing to read when it fails', async () => {
    const { container } = show({ ...photo, alt: '', decorative: true, caption: undefined });
    const img = container.querySelector('img')!;
    expect(img.getAttribute('alt')).toBe('');
    await fireEvent.error(img);
    expect(container.querySelector('.alt-text')).toBeNull();
  });

  it('plays a video file in the native player, with its caption tracks, fetching nothing first', () => {
    const { container } = show({
      src: 'https://news.example/clip.mp4',
      type: 'video/mp4',
      alt: 'The press conference',
      tracks: [
        {
          src: 'https://news.example/clip.en.vtt',
          srclang: 'en',
          label: 'English',
          kind: 'captions',
        },
      ],
    });
    const video = container.querySelector('video')!;
    expect(video.hasAttribute('controls')).toBe(true);
    expect(video.getAttribute('preload')).toBe('none');
    expect(video.querySelector('source')?.getAttribute('type')).toBe('video/mp4');
    const track = video.querySelector('track')!;
    expect([
      track.getAttribute('srclang'),
      track.getAttribute('label'),
      track.getAttribute('kind'),
    ]).toEqual(['en', 'English', 'captions']);
  });

  it('plays a sound file in the native audio player', () => {
    const { container } = show({
      src: 'https://news.example/a.mp3',
      alt: 'Interview',
    });
    const audio = container.querySelector('audio')!;
    expect(audio.hasAttribute('controls')).toBe(true);
    expect(audio.getAttribute('preload')).toBe('none');
  });

  it.each([
    [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'youtube',
      /YouTube — loads content from youtube\.com/,
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
    ],
    [
      'https://vimeo.com/76979871',
      'vimeo',
      /Vimeo — loads content from vimeo\.com/,
      'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1',
    ],
  ] as const)(
    'shows %s as a button, and its player only after the click',
    async (src, kind, label, player) => {
      const { container } = show({ src, alt: 'Blinken on This Week' });
      expect(container.querySelector('iframe')).toBeNull();
      const button = screen.getByRole('button', { name: label });
      expect(button.textContent).toContain('Blinken on This Week');
      await fireEvent.click(button);
      const iframe = container.querySelector('iframe')!;
      expect(iframe.getAttribute('src')).toBe(player);
      expect(iframe.getAttribute('title')).toBe('Blinken on This Week');
    },
  );

  it('speaks the timeline’s language', () => {
    show({ src: 'https://youtu.be/dQw4w9WgXcQ', alt: 'x' }, de);
    expect(screen.getByRole('button').textContent).toMatch(/Video von YouTube abspielen/);
  });
});

describe('EventDetails with media', () => {
  it('loads the figure on demand and shows it above the summary', async () => {
    const timeline = seedTimeline();
    const event = { ...timeline.events[0]!, media: photo };
    const { container } = renderInReader(EventDetails, { event }, timeline);
    const img = await screen.findByRole('img', { name: photo.alt });
    expect(img.closest('figure')?.querySelector('figcaption')?.textContent).toContain(photo.credit);
    const summary = container.querySelector('.summary');
    if (summary) {
      expect(img.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });
});
