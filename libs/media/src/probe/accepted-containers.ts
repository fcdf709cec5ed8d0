/**
 * The containers an upload may be in, keyed by the demuxer that reads them. Everything else (playlists,
 * concat lists, images, raw streams, exotic formats) is refused before ffmpeg reads more than its header.
 * The demuxer is forced (`-f`) on every later run, so a file is always read the way it was judged.
 */
export const ACCEPTED_DEMUXERS = [
  'mov',
  'matroska',
  'avi',
  'flv',
  'mpegts',
  'ogg',
  'mp3',
  'aac',
  'wav',
  'flac',
] as const;
export type AcceptedDemuxer = (typeof ACCEPTED_DEMUXERS)[number];

/** ffprobe's `format_name` lists every name a demuxer answers to, e.g. `mov,mp4,m4a,3gp,3g2,mj2`. */
const DEMUXER_NAMES: Record<AcceptedDemuxer, readonly string[]> = {
  mov: ['mov', 'mp4', 'm4a'],
  matroska: ['matroska', 'webm'],
  avi: ['avi'],
  flv: ['flv'],
  mpegts: ['mpegts'],
  ogg: ['ogg'],
  mp3: ['mp3'],
  aac: ['aac'],
  wav: ['wav'],
  flac: ['flac'],
};

/** The `-format_whitelist` value for probing an upload. */
export const UPLOAD_FORMAT_WHITELIST: readonly string[] = Object.values(DEMUXER_NAMES).flat();

/** The demuxer to force for a probed `format_name`, or null when the container is not accepted. */
export function demuxerFor(formatName: string): AcceptedDemuxer | null {
  const names = formatName.split(',');
  return (
    ACCEPTED_DEMUXERS.find((demuxer) => DEMUXER_NAMES[demuxer].some((name) => names.includes(name))) ?? null
  );
}
