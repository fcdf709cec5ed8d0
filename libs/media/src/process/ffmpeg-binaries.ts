/** The tool paths, overridable with FFMPEG_PATH / FFPROBE_PATH (tools installed elsewhere than on PATH). */
export function ffmpegPath(): string {
  return process.env.FFMPEG_PATH || 'ffmpeg';
}

export function ffprobePath(): string {
  return process.env.FFPROBE_PATH || 'ffprobe';
}
