import { describe, expect, it } from 'vitest';
import { oembedHref, oembedJson, publicUrlFrom } from '../../../src/build/oembed';

describe('oEmbed', () => {
  const publicUrl = 'https://graphics.example.org/dateline/';

  it('describes the timeline as a rich oEmbed with the iframe at the deployment’s address', () => {
    const json = JSON.parse(
      oembedJson({ file: 'nato-china-2023.json', title: 'NATO and China', publicUrl }),
    );
    expect(json).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'Dateline',
      title: 'NATO and China',
      width: expect.any(Number),
      height: expect.any(Number),
    });
    // The height the embed keeps, the same as its html reserves.
    expect(json.height).toBe(600);
    expect(json.html).toContain('height:600px');
    expect(json.html).toContain(
      'src="https://graphics.example.org/dateline/embed/nato-china-2023.html"',
    );
    expect(json.html).toContain('title="NATO and China"');
  });

  it('keeps a hostile title inert in the html, and exact in the title field', () => {
    const title = '"><script>alert(1)</script>';
    const json = JSON.parse(oembedJson({ file: 'x.json', title, publicUrl }));
    expect(json.title).toBe(title);
    expect(json.html).not.toContain('<script>alert');
    expect(json.html).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('uses root-relative addresses without a public URL', () => {
    const json = JSON.parse(oembedJson({ file: 'x.json', title: 'X', publicUrl: null }));
    expect(json.html).toContain('src="/embed/x.html"');
    expect(json.html).not.toContain('invalid');
    expect(oembedHref({ file: 'x.json', publicUrl: null })).toBe('oembed/x.json');
    expect(oembedHref({ file: 'x.json', publicUrl })).toBe(
      'https://graphics.example.org/dateline/oembed/x.json',
    );
  });

  it.each([
    [undefined, null],
    ['', null],
    ['https://graphics.example.org/dateline', 'https://graphics.example.org/dateline/'],
    ['http://localhost:4173/', 'http://localhost:4173/'],
  ])('reads DATELINE_PUBLIC_URL %j as %j', (value, expected) => {
    expect(publicUrlFrom(value)).toBe(expected);
  });

  it.each(['javascript:alert(1)', 'ftp://x.org/', 'not a url'])('refuses %j', (value) => {
    expect(() => publicUrlFrom(value)).toThrow();
  });
});
