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
import type { PathSegment } from '../validate/json-locate';
import { compact, isObj } from '../format/objects';
import type { HtmlLink } from './html-types';
import { IdAllocator, slugify } from './slug';
import { splitCite } from './cite';
import { TimelineJsMedia } from './timelinejs-media';

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

export abstract class TimelineJsSlides extends TimelineJsMedia {
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

export /** A link as a source: its text, unless it just repeats the address, is the title. */
function linkSource(link: HtmlLink): SourceInput & { url: string } {
  const title = link.text && link.text !== link.url ? link.text : undefined;
  return compact({ title, url: link.url });
}
