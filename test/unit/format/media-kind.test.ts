/** What a media address plays as, and the player a YouTube or Vimeo link opens after the click. */
import { describe, expect, it } from 'vitest';
import { extensionOf, mediaKind, videoEmbed } from '../../../src/format/media-kind';

describe('videoEmbed', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10', 'youtube', 'dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ', 'youtube', 'dQw4w9WgXcQ'],
    ['https://m.youtube.com/watch?v=dQw4w9WgXcQ', 'youtube', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'youtube', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/shorts/dQw4w9WgXcQ', 'youtube', 'dQw4w9WgXcQ'],
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'youtube', 'dQw4w9WgXcQ'],
    ['https://vimeo.com/76979871', 'vimeo', '76979871'],
    ['https://player.vimeo.com/video/76979871', 'vimeo', '76979871'],
    ['https://vimeo.com/channels/staffpicks/76979871', 'vimeo', '76979871'],
  ])('%s is %s %s', (src, host, id) => {
    expect(videoEmbed(src)).toMatchObject({ host, id });
  });

  it('plays YouTube from youtube-nocookie.com and Vimeo without tracking', () => {
    expect(videoEmbed('https://youtu.be/dQw4w9WgXcQ')!.player).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
    );
    expect(videoEmbed('https://vimeo.com/1')!.player).toBe(
      'https://player.vimeo.com/video/1?autoplay=1&dnt=1',
    );
  });

  it.each([
    'https://www.youtube.com/channel/UC123',
    'https://www.youtube.com/watch?v=short',
    'https://vimeo.com/about',
    'https://evil.example/youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
    'javascript:alert(1)//youtu.be/dQw4w9WgXcQ',
    'img/a.png',
  ])('%s is not a video it can play', (src) => {
    expect(videoEmbed(src)).toBeUndefined();
  });
});

describe('mediaKind', () => {
  it.each([
    [{ src: 'a.JPG' }, 'image'],
    [{ src: 'a' }, 'image'],
    [{ src: 'clip.mp4?v=2#t=3' }, 'video'],
    [{ src: 'x.webm' }, 'video'],
    [{ src: 'x.mp3' }, 'audio'],
    [{ src: 'x.ogg' }, 'audio'],
    [{ src: 'x', type: 'video/mp4' }, 'video'],
    [{ src: 'x.mp4', type: 'image' }, 'image'],
    [{ src: 'https://youtu.be/dQw4w9WgXcQ', type: 'image' }, 'youtube'],
  ])('%j plays as %s', (media, kind) => {
    expect(mediaKind(media)).toBe(kind);
  });

  it('reads the extension of the last path segment only', () => {
    expect(extensionOf('https://a.example/x.mp4/file')).toBe('');
    expect(extensionOf('dir.v2/a.PNG?x=a.mp3')).toBe('png');
  });
});
