/** What each HTML tag means for the plain text: dropped with its contents, or a break. */

const SCRIPT = 'scripts are never imported';
const EMBED = 'Dateline shows no embeds, images or media';
const MARKUP = 'markup is never imported';

/** Elements dropped with everything inside them: what to call them, and why they go. */
export const DROPPED = new Map<string, [string, string]>(
  Object.entries({
    script: ['a <script>', SCRIPT],
    noscript: ['a <noscript> block', SCRIPT],
    template: ['a <template>', SCRIPT],
    style: ['a <style> sheet', MARKUP],
    iframe: ['an embedded <iframe>', EMBED],
    frame: ['an embedded <frame>', EMBED],
    frameset: ['a <frameset>', EMBED],
    object: ['an embedded <object>', EMBED],
    embed: ['an <embed>', EMBED],
    applet: ['an <applet>', EMBED],
    noembed: ['a <noembed> block', EMBED],
    noframes: ['a <noframes> block', EMBED],
    svg: ['an <svg> drawing', EMBED],
    math: ['a <math> formula', EMBED],
    img: ['an image (<img>)', EMBED],
    picture: ['an image (<picture>)', EMBED],
    video: ['a <video>', EMBED],
    audio: ['an <audio> clip', EMBED],
    source: ['a media <source>', EMBED],
    track: ['a media <track>', EMBED],
    canvas: ['a <canvas>', EMBED],
    map: ['an image <map>', EMBED],
    area: ['an image-map <area>', EMBED],
    textarea: ['a form <textarea>', MARKUP],
    select: ['a form <select>', MARKUP],
    title: ['a document <title>', MARKUP],
    xmp: ['an <xmp> block', MARKUP],
    meta: ['a <meta> tag', MARKUP],
    link: ['a <link> tag', MARKUP],
    base: ['a <base> tag', MARKUP],
    head: ['a document <head>', MARKUP],
  }),
);

export const PARAGRAPH = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'pre',
  'table',
  'figure',
  'hr',
  'address',
  'blockquote',
]);

export const LINE = new Set([
  'div',
  'li',
  'dt',
  'dd',
  'tr',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'main',
  'nav',
  'figcaption',
  'caption',
  'details',
  'summary',
  'fieldset',
  'legend',
  'form',
  'center',
]);

export const CELL = new Set(['td', 'th']);
