/**
 * The one way a local file becomes an ffmpeg/ffprobe input. Only the `file` protocol is allowed, so a
 * playlist-like input can never reach a URL; forcing the demuxer (known from the probe) means an upload
 * that merely *contains* a playlist or a concat list is never read as one.
 */
export function localInputArgs(path: string, forceFormat?: string): string[] {
  return ['-protocol_whitelist', 'file', ...(forceFormat ? ['-f', forceFormat] : []), '-i', path];
}

/** Flags shared by every ffmpeg run: quiet except errors, never wait for a terminal, overwrite outputs. */
export const FFMPEG_BASE_ARGS = ['-hide_banner', '-nostdin', '-y', '-loglevel', 'error'] as const;
