/**
 * The `media` of an event or of the title card (issue 12): part of the timeline schema in
 * `schema.ts`. Shapes only; the rules (alt text, addresses, sizes) are in
 * `validate/timeline-rules.ts`.
 */
import * as v from 'valibot';
import { optionalText, requiredText } from './schema-text';

/** An address for media: relative to the timeline file, or a full http(s) address. */
function mediaUrl(description: string) {
  return v.pipe(
    v.string(),
    v.description(`${description} Relative to the timeline file, or a full https:// address.`),
    v.metadata({ format: 'uri-reference' }),
  );
}

function pixels(description: string) {
  return v.pipe(v.number(), v.description(`${description} in pixels.`));
}

// Descriptions kept short here: the schema is part of the reader's first download.
export const MediaSchema = v.pipe(
  v.strictObject({
    src: mediaUrl('The file, or a YouTube or Vimeo link.'),
    alt: v.pipe(
      v.string(),
      v.description('What it shows. Required; "" only with "decorative": true.'),
    ),
    decorative: v.optional(
      v.pipe(v.boolean(), v.description('It adds nothing the text does not say.')),
    ),
    type: v.optional(
      v.pipe(
        v.string(),
        v.regex(
          /^(image|video|audio)(\/[\w.+-]+)?$/,
          'write "image", "video", "audio" or a MIME type',
        ),
        v.description('"image", "video", "audio" or a MIME type. Default: by extension.'),
      ),
    ),
    caption: optionalText('Shown under it. Plain text.'),
    credit: optionalText('Who made it.'),
    link: v.optional(
      v.pipe(
        v.string(),
        v.description('Where it leads: a full https:// address.'),
        v.metadata({ format: 'uri', pattern: '^https?://' }),
      ),
    ),
    width: v.optional(pixels('Its width')),
    height: v.optional(pixels('Its height')),
    srcset: v.optional(
      v.pipe(
        v.array(v.strictObject({ src: mediaUrl('Another size.'), width: pixels('Its width') })),
        v.description('Other sizes of the image.'),
      ),
    ),
    tracks: v.optional(
      v.pipe(
        v.array(
          v.strictObject({
            src: mediaUrl('A WebVTT file.'),
            srclang: v.pipe(v.string(), v.description('Its language, e.g. "en".')),
            label: requiredText('the label', 'Its name in the player, e.g. "English".'),
            kind: v.optional(
              v.pipe(
                v.string(),
                v.regex(
                  /^(subtitles|captions|descriptions|chapters)$/,
                  'write "subtitles", "captions", "descriptions" or "chapters"',
                ),
                v.description('"subtitles" (default), "captions", "descriptions" or "chapters".'),
              ),
            ),
          }),
        ),
        v.description('Caption files for a video or audio.'),
      ),
    ),
  }),
  v.title('Media'),
  v.description('A picture, video or sound with its caption and credit.'),
);
