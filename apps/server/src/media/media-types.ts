/** What the media routes serve, by file extension; anything else under a video's folder is not served. */
export interface MediaType {
  contentType: string;
  /** Playlists are rewritten while the ladder is being published; everything else never changes. */
  changes: boolean;
}

const MEDIA_TYPES: Record<string, MediaType> = {
  m3u8: { contentType: 'application/vnd.apple.mpegurl', changes: true },
  ts: { contentType: 'video/mp2t', changes: false },
  m4s: { contentType: 'video/iso.segment', changes: false },
  mp4: { contentType: 'video/mp4', changes: false },
  m4a: { contentType: 'audio/mp4', changes: false },
  aac: { contentType: 'audio/aac', changes: false },
  jpg: { contentType: 'image/jpeg', changes: false },
  webp: { contentType: 'image/webp', changes: false },
  png: { contentType: 'image/png', changes: false },
  vtt: { contentType: 'text/vtt; charset=utf-8', changes: false },
};

export function mediaTypeOf(fileName: string): MediaType | null {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? (MEDIA_TYPES[fileName.slice(dot + 1).toLowerCase()] ?? null) : null;
}

/**
 * Segments and pictures are cached for a year; playlists are revalidated on every use. Files of a
 * private video (signed URLs) are kept out of shared caches.
 */
export function cacheControlFor(type: MediaType, restricted: boolean): string {
  const scope = restricted ? 'private' : 'public';
  return type.changes ? `${scope}, no-cache` : `${scope}, max-age=31536000, immutable`;
}
