/** The URIs an HLS playlist lists (renditions of a master, segments of a media playlist), made absolute. */
export function mediaUrlsOf(playlist: string, playlistUrl: string): string[] {
  return playlist
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((uri) => new URL(uri, playlistUrl).href);
}

/** `/media/s/{token}/videos/…` → `/media/videos/…`: the same file asked for without the signature. */
export function withoutMediaToken(url: string): string {
  return url.replace(/\/media\/s\/[^/]+\//, '/media/');
}
