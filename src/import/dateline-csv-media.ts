/**
 * The media columns of Dateline's spreadsheet layout (`dateline-csv.ts`), both ways: a row's
 * media cells → `media`, and `media` → cells. The reader only turns cells into the format's
 * shape and says what it cannot read (a size that is not a number, a srcset entry without its
 * width); the rules — alt text unless decorative, no `javascript:` or `data:` address — are the
 * validator's, so a sheet gets the same messages as a JSON file, located on the cell.
 */
import type { MediaInput, MediaTrackInput, MediaVariantInput } from '../format/types';
import { compact } from '../format/objects';
import { yesNo, type Column } from './dateline-csv';

/** Media field → its column, to locate the validator's findings on the cell. */
export const MEDIA_FIELDS = {
  src: 'media',
  alt: 'media alt',
  decorative: 'media decorative',
  type: 'media type',
  caption: 'media caption',
  credit: 'media credit',
  link: 'media link',
  width: 'media width',
  height: 'media height',
  srcset: 'media srcset',
  tracks: 'media tracks',
} as const satisfies Record<keyof MediaInput, Column>;

type MediaColumn = (typeof MEDIA_FIELDS)[keyof typeof MEDIA_FIELDS];

export interface RowCells {
  /** The cell trimmed, `undefined` when empty. */
  text(column: MediaColumn): string | undefined;
  error(column: MediaColumn, message: string): void;
}

const WHOLE = /^\d+$/;
/** Entries of a list cell: one a line, or separated by ";". */
const ENTRIES = /\s*(?:\r\n?|\n|;)\s*/;

/** The row's media, or `undefined` when every media cell is empty. */
export function readMedia(cells: RowCells): MediaInput | undefined {
  const any = Object.values(MEDIA_FIELDS).some((c) => cells.text(c) !== undefined);
  if (!any) return undefined;
  return compact({
    // Empty address or alt text: left for the validator to name, as it would in JSON.
    src: cells.text('media') ?? '',
    alt: cells.text('media alt') ?? '',
    decorative: decorative(cells),
    type: cells.text('media type'),
    caption: cells.text('media caption'),
    credit: cells.text('media credit'),
    link: cells.text('media link'),
    width: pixels(cells, 'media width'),
    height: pixels(cells, 'media height'),
    srcset: srcset(cells),
    tracks: tracks(cells),
  });
}

function decorative(cells: RowCells): boolean | undefined {
  const value = cells.text('media decorative');
  if (value === undefined) return undefined;
  const flag = yesNo(value);
  if (flag !== undefined) return flag;
  cells.error(
    'media decorative',
    `"${value}" is not true or false; write true when the picture adds nothing the text ` +
      'does not say (its alt text is then empty), or leave the cell empty',
  );
  return undefined;
}

/** A whole number of pixels. Zero is read, and left to the validator's size rule. */
function pixels(cells: RowCells, column: 'media width' | 'media height'): number | undefined {
  const value = cells.text(column);
  if (value === undefined) return undefined;
  const bare = value.replace(/\s*px$/i, '');
  if (WHOLE.test(bare)) return Number(bare);
  cells.error(column, `a size is a whole number of pixels above 0, e.g. 1200; found "${value}"`);
  return undefined;
}

/** `img-600.jpg 600w, img-1200.jpg 1200w` (HTML's srcset), or one a line, or `;` between. */
function srcset(cells: RowCells): MediaVariantInput[] | undefined {
  const value = cells.text('media srcset');
  if (value === undefined) return undefined;
  const out: MediaVariantInput[] = [];
  for (const entry of value.split(/\s*(?:\r\n?|\n|;|,\s+)\s*/).filter(Boolean)) {
    const m = /^(\S+)\s+(\d+)w$/.exec(entry);
    if (!m) {
      cells.error(
        'media srcset',
        `"${entry}" is not an address and its width, e.g. img/photo-600.jpg 600w`,
      );
      return undefined;
    }
    out.push({ src: m[1]!, width: Number(m[2]) });
  }
  return out.length ? out : undefined;
}

/** One track a line (or `;` between): `src | srclang | label` and, if not subtitles, `| kind`. */
function tracks(cells: RowCells): MediaTrackInput[] | undefined {
  const value = cells.text('media tracks');
  if (value === undefined) return undefined;
  const out: MediaTrackInput[] = [];
  for (const entry of value.split(ENTRIES).filter(Boolean)) {
    const parts = entry.split('|').map((p) => p.trim());
    const [src, srclang, label, kind] = parts;
    if (parts.length < 3 || parts.length > 4 || !src || !srclang || !label) {
      cells.error(
        'media tracks',
        `"${entry}" is not a caption file as "address | language | label", ` +
          'e.g. clip.en.vtt | en | English (and "| captions" for captions)',
      );
      return undefined;
    }
    out.push(compact({ src, srclang, label, kind: kind || undefined }));
  }
  return out.length ? out : undefined;
}

/** The media as cells, as `readMedia` reads them back. */
export function mediaCells(media: MediaInput | undefined): Partial<Record<Column, string>> {
  if (!media) return {};
  const number = (n: number | undefined) => (n === undefined ? undefined : String(n));
  const cells: Partial<Record<MediaColumn, string | undefined>> = {
    media: media.src,
    'media alt': media.alt,
    'media decorative': media.decorative === undefined ? undefined : String(media.decorative),
    'media type': media.type,
    'media caption': media.caption,
    'media credit': media.credit,
    'media link': media.link,
    'media width': number(media.width),
    'media height': number(media.height),
    'media srcset': media.srcset?.map((v) => `${v.src} ${v.width}w`).join(', '),
    'media tracks': media.tracks
      ?.map((t) => [t.src, t.srclang, t.label, ...(t.kind ? [t.kind] : [])].join(' | '))
      .join('\n'),
  };
  return compact(cells) as Partial<Record<Column, string>>;
}
