import { describe, expect, it } from 'vitest';
import { elementSnippet, iframeSnippet } from '../../../src/components/embed-snippets';

const app = new URL('https://timelines.example.org/index.html?src=data/x.json#a');

describe('iframeSnippet', () => {
  it('points at embed.html beside the app, with a relative src when it can', () => {
    const code = iframeSnippet({
      src: new URL('https://timelines.example.org/data/x.json'),
      app,
      eventId: 'brussels-press-conference',
      title: 'NATO & “China” <2023>',
    });
    expect(code).toBe(
      '<iframe data-dateline src="https://timelines.example.org/embed.html?src=data/x.json&amp;event=brussels-press-conference" ' +
        'title="NATO &amp; “China” &lt;2023&gt;" style="width:100%;height:600px;border:0" loading="lazy"></iframe>\n' +
        '<script src="https://timelines.example.org/embed/parent.js" async></script>',
    );
  });
  it('keeps an absolute src from elsewhere and leaves out an absent event', () => {
    const code = iframeSnippet({
      src: new URL('https://data.example.com/t.json?v=2'),
      app,
      eventId: null,
      title: 'T',
    });
    expect(code).toContain('embed.html?src=https://data.example.com/t.json%3Fv%3D2"');
  });
});

describe('elementSnippet', () => {
  it('loads the script beside the app and names the timeline absolutely', () => {
    expect(
      elementSnippet({
        src: new URL('https://timelines.example.org/data/x.json'),
        app: new URL('https://timelines.example.org/news/index.html'),
        eventId: 'e"1',
        title: 'T',
      }),
    ).toBe(
      '<script src="https://timelines.example.org/news/embed/dateline-timeline.js" defer></script>\n' +
        '<dateline-timeline src="https://timelines.example.org/data/x.json" event="e&quot;1" ' +
        'style="display:block;height:600px"></dateline-timeline>',
    );
  });
});
