/**
 * What a media address plays as, read from the address alone: a YouTube or Vimeo page becomes a
 * click-to-load player (`videoEmbed`); a file is a picture, a video or a sound by its `type`, or
 * else by its extension, and a picture when neither says.
 */
import type { MediaKind } from './types';

const IMAGE = new Set(['jpg', 'jpeg', 'png', 'gif', 'webp', 'avif', 'svg']);
const VIDEO = new Set(['mp4', 'm4v', 'webm', 'ogv', 'mov']);
const AUDIO = new Set(['mp3', 'm4a', 'aac', 'oga', 'ogg', 'opus', 'wav', 'flac']);
const YOUTUBE_ID = /^[\w-]{11}$/;
const VIMEO_ID = /^\d+$/;

/** A YouTube or Vimeo video, and the player address it opens in after the reader's click. */
export interface VideoEmbed {
  host: 'youtube' | 'vimeo';
  id: string;
  /** The host's name as the placeholder says it: "youtube.com". */
  site: string;
  /** youtube-nocookie.com or player.vimeo.com, to play at once (the click was the request). */
  player: string;
}

function parse(src: string): URL | undefined {
  try {
    const url = new URL(src.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The YouTube or Vimeo video a link shows, or `undefined` for anything else. */
export function videoEmbed(src: string): VideoEmbed | undefined {
  const url = parse(src);
  if (!url) return undefined;
  const host = url.hostname.replace(/^(www|m)\./, '');
  const parts = url.pathname.split('/').filter(Boolean);
  let id: string | undefined;
  if (host === 'youtu.be') id = parts[0];
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    id =
      parts[0] === 'watch'
        ? (url.searchParams.get('v') ?? undefined)
        : ['embed', 'shorts', 'live', 'v'].includes(parts[0] ?? '')
          ? parts[1]
          : undefined;
  }
  if (id !== undefined && YOUTUBE_ID.test(id)) {
    return {
      host: 'youtube',
      id,
      site: 'youtube.com',
      player: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`,
    };
  }
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const vimeo = parts.find((p) => VIMEO_ID.test(p));
    if (vimeo) {
      return {
        host: 'vimeo',
        id: vimeo,
        site: 'vimeo.com',
        player: `https://player.vimeo.com/video/${vimeo}?autoplay=1&dnt=1`,
      };
    }
  }
  return undefined;
}

/** The MIME type for a `<source>`, when the file gave one (not just "video"). */
export function mimeType(type: string | undefined): string | undefined {
  return type?.includes('/') ? type : undefined;
}

/** The extension of an address's last path segment, lower-case, without its query or hash. */
export function extensionOf(src: string): string {
  const path = src.split(/[?#]/, 1)[0] ?? '';
  const last = path.slice(path.lastIndexOf('/') + 1);
  const dot = last.lastIndexOf('.');
  return dot < 0 ? '' : last.slice(dot + 1).toLowerCase();
}

export function mediaKind({ src, type }: { src: string; type?: string }): MediaKind {
  const video = videoEmbed(src);
  if (video) return video.host;
  const given = type?.split('/', 1)[0];
  if (given === 'image' || given === 'video' || given === 'audio') return given;
  const ext = extensionOf(src);
  if (VIDEO.has(ext)) return 'video';
  if (AUDIO.has(ext)) return 'audio';
  return 'image';
}

/** A YouTube or Vimeo link: nothing is fetched from it before the reader's click. */
export function isExternalPlayer(media: { src: string }): boolean {
  return videoEmbed(media.src) !== undefined;
}

/** A picture, video or sound file by its extension, or a YouTube or Vimeo video. */
export function isPlayable(src: string): boolean {
  const ext = extensionOf(src);
  return IMAGE.has(ext) || VIDEO.has(ext) || AUDIO.has(ext) || videoEmbed(src) !== undefined;
}
