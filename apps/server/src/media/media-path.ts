import { StorageKeys } from '@clipstream/core';
import { mediaTypeOf } from './media-types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** One path segment: no dot first (so no `..` and no half-written `.tmp` files), nothing to escape. */
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$/;
const MAX_DEPTH = 4;

export interface MediaRequest {
  videoId: string;
  /** Storage key of the requested file, always inside the video's folder. */
  key: string;
  /** The signed token of a `/media/s/{token}/…` URL. */
  token: string | null;
}

export function isVideoId(value: string): boolean {
  return UUID.test(value);
}

/** The storage key of `/media/videos/{videoId}/{rest}`, or null when the path is not a servable file. */
export function mediaFileKey(videoId: string, rest: string): string | null {
  if (!isVideoId(videoId)) return null;
  const parts = rest.split('/');
  if (parts.length > MAX_DEPTH || !parts.every((part) => SEGMENT.test(part))) return null;
  if (!mediaTypeOf(parts[parts.length - 1])) return null;
  return `${StorageKeys.videoDir(videoId.toLowerCase())}/${parts.join('/')}`;
}

const MEDIA_URI = /^\/media\/(?:s\/([A-Za-z0-9_-]+)\/)?videos\/([^/]+)\/(.+)$/;

/** Parses a media URL path (as nginx's auth_request passes it), query string ignored. */
export function parseMediaUri(uri: string): MediaRequest | null {
  let path: string;
  try {
    path = decodeURIComponent(uri.split('?')[0]);
  } catch {
    return null;
  }
  const match = MEDIA_URI.exec(path);
  if (!match) return null;
  const key = mediaFileKey(match[2], match[3]);
  return key ? { videoId: match[2].toLowerCase(), key, token: match[1] ?? null } : null;
}
