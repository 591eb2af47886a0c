/** A media address resolves against the timeline file, as url() does in a stylesheet. */
import { describe, expect, it } from 'vitest';
import { resolveMediaUrl } from '../../../src/format/media-url';

describe('resolveMediaUrl', () => {
  it.each([
    // An absolute file address (the reader, after fetching): an absolute answer.
    ['img/a.png', 'https://news.example/g/data/war.json', 'https://news.example/g/data/img/a.png'],
    ['../img/a.png', 'https://news.example/g/data/war.json', 'https://news.example/g/img/a.png'],
    ['/img/a.png', 'https://news.example/g/data/war.json', 'https://news.example/img/a.png'],
    [
      'a b.png?w=2#x',
      'https://news.example/data/war.json',
      'https://news.example/data/a%20b.png?w=2#x',
    ],
    [
      'https://cdn.example/a.png',
      'https://news.example/data/war.json',
      'https://cdn.example/a.png',
    ],
    [' img/a.png ', 'https://news.example/war.json', 'https://news.example/img/a.png'],
    // A file relative to the page (the static page): an answer relative to the page.
    ['img/a.png', 'data/war.json', 'data/img/a.png'],
    ['../a.png', 'data/war.json', 'a.png'],
    ['../../a.png', 'data/war.json', '../a.png'],
    ['../../../a.png', 'data/x/war.json', '../a.png'],
    ['a.png', 'war.json', 'a.png'],
    ['a.png', '../data/war.json', '../data/a.png'],
    ['/img/a.png', 'data/war.json', '/img/a.png'],
    ['https://cdn.example/a.png', 'data/war.json', 'https://cdn.example/a.png'],
    ['d/a.png', 'd/war.json', 'd/d/a.png'],
  ])('%s in %s → %s', (src, file, expected) => {
    expect(resolveMediaUrl(src, file)).toBe(expected);
  });
});
