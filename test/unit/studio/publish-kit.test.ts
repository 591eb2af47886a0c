import { describe, expect, it } from 'vitest';
import {
  kitFileList,
  kitHost,
  kitReadme,
  PLACEHOLDER_HOST,
} from '../../../src/studio/work/publish-kit';

const ELEMENT = { element: ['embed/dateline-timeline.js', 'embed/lazy/locale-de.js'] };

describe('kitFileList', () => {
  it('takes the embed page and the app page files, not index.html, plus parent.js, the element and the schema', () => {
    expect(
      kitFileList(
        {
          pages: {
            'embed.html': ['embed.html', 'assets/a.js', 'early-fetch.js'],
            'index.html': ['index.html', 'assets/a.js', 'assets/main.js'],
          },
        },
        ELEMENT,
      ),
    ).toEqual([
      'assets/a.js',
      'assets/main.js',
      'data/timeline.schema.json',
      'early-fetch.js',
      'embed.html',
      'embed/dateline-timeline.js',
      'embed/lazy/locale-de.js',
      'embed/parent.js',
    ]);
  });
  it('refuses a list without the embed page', () => {
    expect(() => kitFileList({ pages: { 'index.html': [] } }, ELEMENT)).toThrow(/embed\.html/);
  });
  it('refuses an element list without the element, and takes nothing from outside embed/', () => {
    const pages = { 'embed.html': ['embed.html'], 'index.html': ['index.html'] };
    expect(() => kitFileList({ pages }, { element: ['embed/lazy/x.js'] })).toThrow(
      /dateline-timeline\.js/,
    );
    expect(
      kitFileList(
        { pages },
        { element: ['embed/dateline-timeline.js', '../secret', 'index.html'] },
      ),
    ).not.toContain('../secret');
  });
});

describe('kitHost', () => {
  it.each([
    ['https://graphics.example.org/data/x.json', 'https://graphics.example.org/', true],
    [
      'https://graphics.example.org/2023/nato-china/data/x.json',
      'https://graphics.example.org/2023/nato-china/',
      true,
    ],
    [
      'https://graphics.example.org/2023/nato-china/nato-china.html',
      'https://graphics.example.org/2023/nato-china/',
      true,
    ],
    ['http://localhost:8080/a/b', 'http://localhost:8080/a/', true],
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
    expect(readme).toMatch(/WHERE TO PUT IT: upload everything in this folder.*any folder/);
    expect(readme).not.toMatch(/root/);
    expect(readme).toContain('https://graphics.example.org/data/war.json');
    expect(readme).toContain(
      '<iframe data-dateline src="https://graphics.example.org/embed.html?src=data/war.json" title="Timeline: War &amp; &quot;peace&quot;"',
    );
    expect(readme).toContain('https://graphics.example.org/embed/parent.js');
  });
  it('gives the custom element’s code too, its script and file in the kit’s folder', () => {
    const readme = kitReadme({
      title: 'T',
      slug: 'war',
      ...kitHost('https://graphics.example.org/2023/nato-china/data/war.json'),
    });
    const at = 'https://graphics.example.org/2023/nato-china/';
    expect(readme).toContain(
      `<script src="${at}embed/dateline-timeline.js" defer></script>\r\n` +
        `<dateline-timeline src="${at}data/war.json" style=`,
    );
    expect(readme).toMatch(/embed\/dateline-timeline\.js, embed\/lazy\/ +the custom element/);
  });
  it('gives the addresses in the folder the kit goes to, under the host', () => {
    const readme = kitReadme({
      title: 'T',
      slug: 'war',
      ...kitHost('https://graphics.example.org/2023/nato-china/data/war.json'),
    });
    const at = 'https://graphics.example.org/2023/nato-china/';
    expect(readme).toContain(`e.g. ${at} (`);
    expect(readme).toContain(`Then ${at}war.html is the timeline's page and ${at}data/war.json`);
    expect(readme).toContain(`<iframe data-dateline src="${at}embed.html?src=data/war.json"`);
    expect(readme).toContain(`<script src="${at}embed/parent.js" async></script>`);
  });
  it('asks for the address to be replaced when none was given', () => {
    const readme = kitReadme({ title: 'T', slug: 't', ...kitHost('') });
    expect(readme).toContain(
      `with ${PLACEHOLDER_HOST} replaced by the address of the folder you put the kit in`,
    );
  });
});
