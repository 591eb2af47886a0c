/**
 * A TimelineJS slide's `media`: what Dateline can show (a picture, a video or sound file, YouTube,
 * Vimeo) becomes `media`; anything else stays a link, with a warning. Part of the converter
 * (`timelinejs-convert.ts`), between the fields and the slides.
 */
import type { MediaInput, SourceInput } from '../format/types';
import { isPlayable } from '../format/media-kind';
import type { PathSegment } from '../validate/json-locate';
import { compact, isObj } from '../format/objects';
import { linkProblem } from './html-links';
import type { HtmlLink, HtmlQuote } from './html-types';
import { stringField, TimelineJsFields } from './timelinejs-fields';

const MEDIA_KEYS = new Set([
  'url',
  'caption',
  'credit',
  'thumbnail',
  'alt',
  'title',
  'link',
  'link_target',
]);

export abstract class TimelineJsMedia extends TimelineJsFields {
  /**
   * A picture, a video or sound file, or a YouTube or Vimeo link becomes the event's `media`, with
   * its caption, credit, alt text and link (see `withAlt` for media without alt text). Anything else (a tweet, a map, a Wikipedia page, embed code) Dateline cannot show:
   * its address is kept as a source and its caption, credit and alt text in the note, as before.
   */
  protected media(
    media: unknown,
    path: PathSegment[],
  ):
    | {
        sources: { source: SourceInput & { url: string }; from: PathSegment[] }[];
        quotes: HtmlQuote[];
        links: [HtmlLink, PathSegment[]][];
        text: string;
        notes: string[];
        input?: MediaInput;
      }
    | undefined {
    if (media === undefined || media === null) return undefined;
    if (!isObj(media)) {
      this.error(path, 'media must be an object like {"url": "https://…", "caption": "…"}');
      return undefined;
    }
    this.unknownKeys(media, path, MEDIA_KEYS, 'media field');
    const sources: { source: SourceInput & { url: string }; from: PathSegment[] }[] = [];
    const links: [HtmlLink, PathSegment[]][] = [];
    const notes: string[] = [];
    let quotes: HtmlQuote[] = [];
    let text = '';
    let src: string | undefined;

    const title = this.html(media.title, [...path, 'title'], true, false)?.text;
    const url = stringField(media.url);
    if (url !== undefined && media.url !== undefined && typeof media.url !== 'string') {
      this.error([...path, 'url'], 'the media url must be text');
    } else if (url?.trim().startsWith('<')) {
      // Embed code: a blockquote is a quote; anything else is converted like text.
      const converted = this.html(url, [...path, 'url'], false, true)!;
      quotes = converted.quotes;
      text = converted.text;
      for (const link of converted.links) links.push([link, [...path, 'url']]);
    } else if (url && url.trim() !== '') {
      const problem = linkProblem(url);
      if (problem) {
        this.warn(
          [...path, 'url'],
          problem.message.replace('its text was kept', 'the media was not imported'),
        );
      } else if (isPlayable(url.trim())) {
        src = url.trim();
      } else {
        sources.push({ source: compact({ title, url: url.trim() }), from: [...path, 'url'] });
        this.warn(
          [...path, 'url'],
          `Dateline cannot show this media (${hostOf(url)}): it shows pictures, video and audio ` +
            'files, YouTube and Vimeo; the address is kept as a source',
        );
      }
    }
    if (title && sources.length === 0 && !src) notes.push(`Media title: ${title}.`);

    const caption = this.html(media.caption, [...path, 'caption'], true, false);
    const credit = this.html(media.credit, [...path, 'credit'], true, false);
    const alt = this.html(media.alt, [...path, 'alt'], true, false);
    for (const link of caption?.links ?? []) links.push([link, [...path, 'caption']]);
    for (const link of credit?.links ?? []) links.push([link, [...path, 'credit']]);
    if (!src) {
      if (caption?.text) notes.push(`Media caption: ${caption.text}`);
      if (credit?.text) notes.push(`Media credit: ${credit.text}`);
      if (alt?.text) notes.push(`Media description: ${alt.text}`);
    }

    let link = stringField(media.link)?.trim();
    if (link) {
      const problem = linkProblem(link);
      if (problem) {
        this.warn(
          [...path, 'link'],
          problem.message.replace('its text was kept', 'the media link was not imported'),
        );
        link = undefined;
      } else if (!src) sources.push({ source: { url: link }, from: [...path, 'link'] });
    }
    const thumbnail = stringField(media.thumbnail)?.trim();
    if (thumbnail) {
      this.warn(
        [...path, 'thumbnail'],
        'the media thumbnail was not imported: Dateline shows the media itself',
      );
    }
    let input: MediaInput | undefined;
    if (src) {
      input = compact({
        src,
        alt: alt?.text || title || caption?.text || '',
        caption: caption?.text || undefined,
        credit: credit?.text.replace(/\s+/g, ' ') || undefined,
        link,
      });
    }
    return { sources, quotes, links, text, notes, input };
  }

  /**
   * Media with no alt text, title or caption: the event's title stands in, with a warning that
   * asks for a description (Dateline requires alt text; TimelineJS did not).
   */
  protected withAlt(
    input: MediaInput | undefined,
    title: string,
    path: PathSegment[],
  ): MediaInput | undefined {
    if (!input || input.alt) return input;
    this.warn(
      [...path, 'alt'],
      `the media has no alt text; the title ${JSON.stringify(title)} stands in for it: ` +
        'describe what the media shows',
    );
    return { ...input, alt: title };
  }
}

/** "twitter.com" for a tweet's address: what the warning names. */
function hostOf(url: string): string {
  try {
    return new URL(url.trim()).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
