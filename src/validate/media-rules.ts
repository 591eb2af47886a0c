/**
 * The rules for `media` (issue 12), part of the cross-field rules in `timeline-rules.ts`: alt
 * text unless decorative, addresses relative or http(s) (never `javascript:` or `data:`), sizes
 * in whole pixels, caption tracks in a real language. Origins are the reader's to check: only
 * the page knows which it allows (`load/media-origins.ts`).
 */
import type { PathSegment } from './json-locate';
import type { Obj } from '../format/objects';
import { localeOf, mediaUrlFault, urlFault, type TextKind } from './text-checks';
import type { Report } from './timeline-rules';

/** What the media rules borrow from the rules object. */
export interface MediaRuleHelpers {
  report: Report;
  text: (obj: Obj, path: PathSegment[], field: string, kind: TextKind) => void;
  object: (value: unknown, path: PathSegment[]) => Obj | undefined;
}

export function mediaRules(media: Obj, path: PathSegment[], r: MediaRuleHelpers): void {
  const { report, text, object } = r;
  const address = (obj: Obj, at: PathSegment[]) => {
    const value = obj.src;
    if (typeof value !== 'string') return;
    const found = mediaUrlFault(value);
    if (found) report([...at, 'src'], { rule: 'media-url', value, found });
  };
  const size = (obj: Obj, at: PathSegment[], field: string) => {
    const value = obj[field];
    if (typeof value === 'number' && !(Number.isInteger(value) && value > 0)) {
      report([...at, field], { rule: 'media-size', value });
    }
  };

  address(media, path);
  if (typeof media.alt === 'string' && media.alt.trim() === '' && media.decorative !== true) {
    report([...path, 'alt'], { rule: 'media-alt' });
  }
  text(media, path, 'alt', 'text');
  text(media, path, 'caption', 'text');
  text(media, path, 'credit', 'one-line');
  if (typeof media.link === 'string') {
    const found = urlFault(media.link);
    if (found) report([...path, 'link'], { rule: 'url', value: media.link, found });
  }
  size(media, path, 'width');
  size(media, path, 'height');
  const { srcset, tracks } = media;
  if (Array.isArray(srcset)) {
    for (let j = 0; j < srcset.length; j++) {
      const at = [...path, 'srcset', j];
      const variant = object(srcset[j], at);
      if (variant) {
        address(variant, at);
        size(variant, at, 'width');
      }
    }
  }
  if (Array.isArray(tracks)) {
    for (let j = 0; j < tracks.length; j++) {
      const at = [...path, 'tracks', j];
      const track = object(tracks[j], at);
      if (!track) continue;
      address(track, at);
      text(track, at, 'label', 'one-line');
      if (typeof track.srclang === 'string' && !localeOf(track.srclang)) {
        report([...at, 'srclang'], { rule: 'locale', value: track.srclang });
      }
    }
  }
}
