import { describe, expect, it } from 'vitest';
import { hoistStyles } from '../../../src/ssr/hoist-styles';

describe('hoistStyles', () => {
  it('moves each style attribute to a numbered rule, equal styles sharing one', () => {
    const { html, css } = hoistStyles([
      '<div class="a" style="height: 600px;"><span style="left: 3px; width: 10px;"></span></div>',
      '<p style="height: 600px;">x</p>',
    ]);
    expect(html).toEqual([
      '<div class="a" data-s="0"><span data-s="1"></span></div>',
      '<p data-s="0">x</p>',
    ]);
    expect(css).toBe('[data-s="0"]{height: 600px;}\n[data-s="1"]{left: 3px; width: 10px;}\n');
  });

  it('leaves text alone, even text that looks like an attribute', () => {
    const text = '<blockquote title="a > b">He said style="bold" &gt; <b>x</b></blockquote>';
    expect(hoistStyles([text])).toEqual({ html: [text], css: '' });
  });

  it('decodes the attribute’s entities for the stylesheet', () => {
    const { css } = hoistStyles([
      '<li style="--name: &quot;x&quot;; font-family: &#39;A&amp;B&#39;">',
    ]);
    expect(css).toBe(`[data-s="0"]{--name: "x"; font-family: 'A&B'}\n`);
  });

  it.each(['x{}', 'a: b} body{color: red', 'a: url(\\"x\\")', 'a: b /* c */', 'a: </style>'])(
    'refuses a style that could leave its rule: %s',
    (style) => {
      const escaped = style.replaceAll('"', '&quot;').replaceAll('<', '&lt;');
      expect(() => hoistStyles([`<i style="${escaped}"></i>`])).toThrow(/unsafe inline style/);
    },
  );
});
