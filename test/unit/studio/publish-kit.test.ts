import { describe, expect, it } from 'vitest';
import {
  kitFileList,
  kitHost,
  kitReadme,
  PLACEHOLDER_HOST,
} from '../../../src/studio/work/publish-kit';

describe('kitFileList', () => {
  it('takes the embed page and the app page files, not index.html, plus parent.js and the schema', () => {
    expect(
      kitFileList({
        pages: {
          'embed.html': ['embed.html', 'assets/a.js', 'early-fetch.js'],
          'index.html': ['index.html', 'assets/a.js', 'assets/main.js'],
        },
      }),
    ).toEqual([
      'assets/a.js',
      'assets/main.js',
      'data/timeline.schema.json',
      'early-fetch.js',
      'embed.html',
      'embed/parent.js',
    ]);
  });
  it('refuses a list without the embed page', () => {
    expect(() => kitFileList({ pages: { 'index.html': [] } })).toThrow(/embed\.html/);
  });
});

describe('kitHost', () => {
  it.each([
    ['https://graphics.example.org/data/x.json', 'https://graphics.example.org/', true],
    ['http://localhost:8080/a/b', 'http://localhost:8080/', true],
    ['', PLACEHOLDER_HOST, false],
    ['not an address', PLACEHOLDER_HOST, false],
    ['javascript:alert(1)', PLACEHOLDER_HOST, false],
  ])('%s → %s', (published, host, given) => {
    const out = kitHost(published);
    expect([out.host.href, out.given]).toEqual([host, given]);
  });
});

describe('kitReadme', () => {
  it('says where to put the kit and gives the iframe code for that host', () => {
    const readme = kitReadme({
      title: 'War & "peace"',
      slug: 'war',
      host: new URL('https://graphics.example.org/'),
      given: true,
    });
    expect(readme).toMatch(/WHERE TO PUT IT: upload everything in this folder.*root/);
    expect(readme).toContain('https://graphics.example.org/data/war.json');
    expect(readme).toContain(
      '<iframe data-dateline src="https://graphics.example.org/embed.html?src=data/war.json" title="Timeline: War &amp; &quot;peace&quot;"',
    );
    expect(readme).toContain('https://graphics.example.org/embed/parent.js');
  });
  it('asks for the address to be replaced when none was given', () => {
    const readme = kitReadme({ title: 'T', slug: 't', ...kitHost('') });
    expect(readme).toContain(`with ${PLACEHOLDER_HOST} replaced by your host's address`);
  });
});
