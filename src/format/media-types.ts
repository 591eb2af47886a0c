/**
 * The `media` of an event or of the title card (issue 12): as written (`MediaInput`) and as
 * checked (`Media`). Part of the format's types, re-exported by `types.ts`.
 */

/** A smaller or larger copy of an image, for `srcset`: the browser picks by width. */
export interface MediaVariantInput {
  src: string;
  /** Its width in pixels. */
  width: number;
}

/** A caption or subtitle file for a video or audio, as a `<track>`. */
export interface MediaTrackInput {
  /** A WebVTT file. */
  src: string;
  /** Its language, BCP 47: "en", "de". */
  srclang: string;
  /** What the player's menu calls it: "English". */
  label: string;
  /** `subtitles` (the default), `captions`, `descriptions` or `chapters`. */
  kind?: string;
}

/**
 * One picture, video or sound for an event or for the title card (one, as TimelineJS has one
 * per slide). `src` is an address relative to the timeline file, like `url()` in a stylesheet,
 * or a full https:// address; a YouTube or Vimeo link becomes a click-to-load player.
 */
export interface MediaInput {
  src: string;
  /** What it shows, for those who cannot see it. "" only with `decorative: true`. */
  alt: string;
  /** Adds nothing the text does not say: screen readers skip it. */
  decorative?: boolean;
  /** `image`, `video` or `audio`, or a MIME type (`video/mp4`); otherwise the extension says. */
  type?: string;
  caption?: string;
  /** Who made it: "Kenzo Tribouillard/AFP via Getty Images". */
  credit?: string;
  /** Where the picture leads: its source page. http: or https: only. */
  link?: string;
  /** Its size in pixels, so the space is kept before it loads. */
  width?: number;
  height?: number;
  /** Other sizes of the same image. */
  srcset?: MediaVariantInput[];
  /** Caption and subtitle files for a video or audio. */
  tracks?: MediaTrackInput[];
}

/** What a `Media` plays as: a picture, a native player, or a click-to-load external player. */
export type MediaKind = 'image' | 'video' | 'audio' | 'youtube' | 'vimeo';

export interface MediaVariant {
  src: string;
  width: number;
}

export interface MediaTrack {
  src: string;
  srclang: string;
  label: string;
  kind: 'subtitles' | 'captions' | 'descriptions' | 'chapters';
}

/**
 * Media as checked. Addresses are as written until the loader resolves them against the
 * timeline file's address (`src/load/media-url.ts`). What it plays as is `mediaKind(media)`
 * (`format/media-kind.ts`), asked only where media show, so the reader's first download does
 * not carry the answer for the many timelines that have none.
 */
export interface Media {
  src: string;
  /** "" when decorative. */
  alt: string;
  decorative?: boolean;
  /** As written: `image`, `video`, `audio` or a MIME type. */
  type?: string;
  caption?: string;
  credit?: string;
  link?: string;
  width?: number;
  height?: number;
  srcset?: MediaVariant[];
  tracks?: MediaTrack[];
  /**
   * Set by the reader: an origin of its addresses that the page does not allow. Nothing is
   * requested; the alt text, caption and credit show instead.
   */
  refused?: string;
}
