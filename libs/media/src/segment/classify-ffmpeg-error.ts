import { SourceError } from '../ytdlp/source-error';

const RULES: ReadonlyArray<[RegExp, SourceError['code'], string]> = [
  [
    /Server returned 403|HTTP error 403/i,
    'unavailable',
    'The site refused access (HTTP 403): the video may be private, or its address is not allowed',
  ],
  [
    /Server returned 40[14]|Server returned 410|HTTP error 40[14]|HTTP error 410/i,
    'unavailable',
    'The video is no longer at this address (removed or private)',
  ],
  [
    /Server returned 5\d\d|HTTP error 5\d\d|Connection refused|Connection timed out|Network is unreachable|Connection reset|I\/O error|End of file|Operation timed out|Input\/output error/i,
    'network',
    'The site could not be reached or stopped sending data',
  ],
  [
    /Invalid data found when processing input|could not find codec parameters|does not contain any stream/i,
    'unsupported',
    'The source is not a video or audio file we can read',
  ],
];

/** Turns ffmpeg's stderr from reading a remote source into a SourceError; retries suit only `network`. */
export function classifyFfmpegError(stderr: string): SourceError {
  const detail = stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 500);
  for (const [pattern, code, message] of RULES) {
    if (pattern.test(stderr)) return new SourceError(code, message, detail);
  }
  return new SourceError('failed', 'Cutting the segment failed', detail);
}
