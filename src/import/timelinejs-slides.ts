/**
 * What a TimelineJS slide refers to beyond its own fields: the title slide, eras, media, and the
 * people and groups collected along the way. Part of the converter (`timelinejs-convert.ts`).
 */
import type {
  GroupInput,
  MediaInput,
  PeriodInput,
  PersonInput,
  SourceInput,
} from '../format/types';
import { isPlayable } from '../format/media-kind';
import type { PathSegment } from '../validate/json-locate';
import { compact, isObj } from '../format/objects';
import { linkProblem } from './html-links';
import type { HtmlLink, HtmlQuote } from './html-types';
import { IdAllocator, slugify } from './slug';
import { splitCite } from './cite';
import { stringField, TimelineJsFields } from './timelinejs-fields';

export const SLIDE_KEYS = new Set([
  'start_date',
  'end_date',
  'text',
  'media',
  'group',
  'display_date',
  'background',
  'autolink',
  'unique_id',
]);
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

export abstract class TimelineJsSlides extends TimelineJsFields {
  protected readonly people: Record<string, PersonInput> = {};
  private readonly peopleByName = new Map<string, string>();
  private readonly personIds = new IdAllocator({ avoidReserved: true });
  private readonly periodIds = new IdAllocator();
  protected readonly groups: Record<string, GroupInput> = {};
  private readonly groupsByLabel = new Map<string, string>();
  private readonly groupIds = new IdAllocator({ avoidReserved: true });

  // --- the title slide and eras ------------------------------------------------------------

  protected titleSlide(
    slide: unknown,
    fallback: string,
  ): { title: string; summary?: string; notes: string[]; media?: MediaInput } {
    const path: PathSegment[] = ['title'];
    const notes: string[] = [];
    if (slide === undefined || slide === null) {
      this.warn(
        [],
        `the file has no title slide; the timeline is titled ${JSON.stringify(fallback)}`,
      );
      return { title: fallback, notes };
    }
    if (!isObj(slide)) {
      this.error(path, 'the title slide must be an object like {"text": {"headline": "…"}}');
      return { title: fallback, notes };
    }
    this.unknownKeys(slide, path, SLIDE_KEYS, 'field');
    for (const key of ['start_date', 'end_date', 'group', 'display_date', 'unique_id']) {
      if (slide[key] !== undefined && slide[key] !== '') {
        this.warn([...path, key], `the title slide's ${key} is not imported: a timeline has none`);
      }
    }
    this.background(slide, path);
    const text = this.textObject(slide.text, [...path, 'text']);
    const headline = this.html(text?.headline, [...path, 'text', 'headline'], true, false);
    const body = this.html(text?.text, [...path, 'text', 'text'], false, false);
    let title = headline?.text ?? '';
    if (title === '') {
      this.warn(
        [...path, 'text', 'headline'],
        `the title slide has no headline; the timeline is titled ${JSON.stringify(fallback)}`,
      );
      title = fallback;
    } else {
      this.origins.set('$.title', [...path, 'text', 'headline']);
    }
    if (body?.text) this.origins.set('$.summary', [...path, 'text', 'text']);
    const links = [...(headline?.links ?? []), ...(body?.links ?? [])];
    if (links.length) {
      notes.push(`Links on the TimelineJS title slide: ${links.map((l) => l.url).join(', ')}`);
    }
    const media = this.media(slide.media, [...path, 'media']);
    if (media?.input) this.origins.set('$.media', [...path, 'media']);
    if (media) {
      const parts = [...media.sources.map((s) => s.source.url), ...media.notes];
      if (media.text) parts.push(media.text);
      for (const q of media.quotes) parts.push(`“${q.text}” — ${q.cite}`);
      if (parts.length) notes.push(`Media on the TimelineJS title slide: ${parts.join('; ')}`);
    }
    if (notes.length) this.origins.set('$.note', path);
    const input = this.withAlt(media?.input, title, [...path, 'media']);
    return { title, summary: body?.text || undefined, notes, media: input };
  }

  /** TimelineJS eras become periods: a band with its headline as the label. */
  protected eras(eras: unknown): PeriodInput[] {
    if (eras === undefined) return [];
    if (!Array.isArray(eras)) {
      this.error(['eras'], 'eras must be a list of {"start_date", "end_date", "text"} objects');
      return [];
    }
    const periods: PeriodInput[] = [];
    eras.forEach((era, i) => {
      const path: PathSegment[] = ['eras', i];
      if (!isObj(era)) {
        this.warn(path, 'this era is not an object and was not imported');
        return;
      }
      const start = this.date(era.start_date, [...path, 'start_date'], 'warning');
      const end = this.date(era.end_date, [...path, 'end_date'], 'warning');
      const text = this.textObject(era.text, [...path, 'text']);
      const headline = this.html(text?.headline, [...path, 'text', 'headline'], true, false);
      const body = this.html(text?.text, [...path, 'text', 'text'], true, false);
      if (!start || !end) {
        this.warn(path, 'an era needs a start_date and an end_date; this one was not imported');
        return;
      }
      const label = headline?.text || body?.text || `Era ${i + 1}`;
      if (headline?.text && body?.text) {
        this.warn(
          [...path, 'text', 'text'],
          "a period has a label only; the era's text was not kept",
        );
      }
      this.origins.set(`$.periods[${periods.length}]`, path);
      periods.push({
        id: this.periodIds.allocate(slugify(label, 'period')),
        label,
        date: start.raw,
        end: end.raw,
      });
    });
    return periods;
  }

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

  // --- people and groups -------------------------------------------------------------------

  protected person(cite: string, from: PathSegment[]): string {
    const { name, role } = splitCite(cite);
    const known = this.peopleByName.get(name.toLowerCase());
    if (known) {
      const person = this.people[known]!;
      if (role && person.role && role !== person.role) {
        this.warn(
          from,
          `${name} is cited as ${JSON.stringify(role)} here and ${JSON.stringify(person.role)} ` +
            'earlier; Dateline keeps one role per person, the first',
        );
      } else if (role && !person.role) person.role = role;
      return known;
    }
    const key = this.personIds.allocate(slugify(name, 'person'));
    this.peopleByName.set(name.toLowerCase(), key);
    this.people[key] = compact({ name, role });
    this.origins.set(`$.people.${key}`, from);
    this.origins.set(`$.people["${key}"]`, from);
    return key;
  }

  protected group(label: string, from: PathSegment[]): string {
    const known = this.groupsByLabel.get(label);
    if (known) return known;
    const key = this.groupIds.allocate(slugify(label, 'group'));
    this.groupsByLabel.set(label, key);
    this.groups[key] = { label };
    this.origins.set(`$.groups.${key}`, from);
    this.origins.set(`$.groups["${key}"]`, from);
    return key;
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

export /** A link as a source: its text, unless it just repeats the address, is the title. */
function linkSource(link: HtmlLink): SourceInput & { url: string } {
  const title = link.text && link.text !== link.url ? link.text : undefined;
  return compact({ title, url: link.url });
}
