/** The tool paths, overridable the way fluent-ffmpeg users expect (FFMPEG_PATH / FFPROBE_PATH). */
export function ffmpegPath(): string {
  return process.env.FFMPEG_PATH || 'ffmpeg';
}

export function ffprobePath(): string {
  return process.env.FFPROBE_PATH || 'ffprobe';
}
