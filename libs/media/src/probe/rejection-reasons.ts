import { MediaRejectedError } from './media-rejected-error';

const SUPPORTED = 'MP4, MOV, MKV, WebM, AVI, FLV, MPEG-TS, Ogg, MP3, AAC, WAV, FLAC or M4A';

/** What we tell a creator, in their words, for each way a file can fail to be media. */
export const RejectionReasons = {
  empty: 'The file is empty. Please upload the video again.',
  playlist: 'This is a playlist (such as .m3u8), not a video. Please upload the video file itself.',
  fileList: 'This is a list of files, not a video. Please upload the video file itself.',
  picture: 'This is a picture, not a video. Please upload a video or audio file.',
  damaged:
    'The file looks like a video but is damaged or incomplete (the upload may have been cut off). Please upload it again.',
  unreadable: `This is not a video or audio file we can read. Please upload ${SUPPORTED}.`,
  unsupported: (format: string) =>
    `This file's format (${format}) is not supported. Please upload ${SUPPORTED}.`,
  noStreams: 'The file contains no video or audio to play.',
  noDuration: 'The file has no length, so there is nothing to play.',
  unsupportedCodec: (codec: string) =>
    `The file uses a codec we cannot decode (${codec}). Please export it as H.264 or H.265 video with AAC audio.`,
} as const;

const PICTURE_DEMUXERS = /^(image2|image2pipe|.+_pipe|gif|apng|webp|ico|bmp|jpegxl.*|mpjpeg|svg.*)$/;

/** The reason for a demuxer that was detected but is not accepted (from ffprobe's name for it). */
export function reasonForDemuxer(demuxer: string): string {
  const name = demuxer.split(',')[0];
  if (name === 'hls' || name === 'dash') return RejectionReasons.playlist;
  if (name === 'concat') return RejectionReasons.fileList;
  if (PICTURE_DEMUXERS.test(name)) return RejectionReasons.picture;
  return RejectionReasons.unsupported(name);
}

/**
 * Turns a failed ffprobe into a creator-facing rejection. ffprobe names a refused demuxer in its
 * "Format not on whitelist" line; for files it could not parse at all, the first bytes tell a damaged
 * container (a known signature) from something that never was media.
 */
export function rejectionForUnreadable(stderr: string, head: Buffer): MediaRejectedError {
  const detail = lastLines(stderr);
  const refused = /\[([\w,]+) @ [^\]]+\] Format not on whitelist/.exec(stderr);
  if (refused) return new MediaRejectedError(reasonForDemuxer(refused[1]), detail);
  return new MediaRejectedError(reasonForHead(head), detail);
}

function reasonForHead(head: Buffer): string {
  const text = head
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart();
  if (text.startsWith('#EXTM3U') || text.startsWith('[playlist]')) return RejectionReasons.playlist;
  if (text.startsWith('ffconcat') || /^file\s+\S/m.test(text)) return RejectionReasons.fileList;
  if (isPicture(head)) return RejectionReasons.picture;
  if (hasMediaSignature(head)) return RejectionReasons.damaged;
  return RejectionReasons.unreadable;
}

function isPicture(head: Buffer): boolean {
  const ascii = head.toString('latin1', 0, 12);
  return (
    head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) ||
    (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) ||
    ascii.startsWith('GIF8') ||
    ascii.startsWith('BM') ||
    (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') ||
    ascii.startsWith('II*\0') ||
    ascii.startsWith('MM\0*')
  );
}

function hasMediaSignature(head: Buffer): boolean {
  const ascii = head.toString('latin1', 0, 12);
  const box = ascii.slice(4, 8);
  return (
    ['ftyp', 'moov', 'mdat', 'free', 'wide'].includes(box) ||
    (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3) ||
    (ascii.startsWith('RIFF') && ['AVI ', 'WAVE'].includes(ascii.slice(8, 12))) ||
    ascii.startsWith('FLV') ||
    ascii.startsWith('OggS') ||
    ascii.startsWith('fLaC') ||
    ascii.startsWith('ID3') ||
    (head[0] === 0x47 && head.length > 188 && head[188] === 0x47)
  );
}

/**
 * When an ffmpeg run over an accepted upload fails because of the file itself, the permanent rejection to
 * report; null when the cause may be the machine (disk, memory, a kill) and a retry could succeed.
 */
export function rejectionForFailedRun(stderr: string): MediaRejectedError | null {
  const detail = lastLines(stderr);
  const decoder = /Decoder \(codec (\w+)\) not found/.exec(stderr);
  if (decoder) return new MediaRejectedError(RejectionReasons.unsupportedCodec(decoder[1]), detail);
  if (/Invalid data found when processing input|moov atom not found/.test(stderr)) {
    return new MediaRejectedError(RejectionReasons.damaged, detail);
  }
  return null;
}

function lastLines(stderr: string): string {
  return stderr.trim().split('\n').slice(-3).join(' | ');
}
