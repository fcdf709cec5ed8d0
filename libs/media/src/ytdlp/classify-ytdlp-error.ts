import { SourceError } from './source-error';

const RULES: ReadonlyArray<[RegExp, SourceError['code'], string]> = [
  [
    /Tunnel connection failed: 403|Egress guard refused/i,
    'refused',
    'the address is not allowed (private or local network)',
  ],
  [
    /live event will begin|Premieres in|is_live|This live stream|live stream recording is not available/i,
    'live',
    'live streams cannot be downloaded',
  ],
  [
    /Unsupported URL|no video formats found|No media found|Unable to extract/i,
    'unsupported',
    'no video was found at this URL, or the site is not supported',
  ],
  [
    /Private video|This video is private|Video unavailable|has been removed|is not available|members-only|Sign in to confirm|account associated with this video has been terminated|HTTP Error 40[134]|HTTP Error 410/i,
    'unavailable',
    'the video is private, removed or not available',
  ],
  [/timed out|Read timed out/i, 'timeout', 'the site did not answer in time'],
  [
    /Connection refused|Name or service not known|Temporary failure in name resolution|Network is unreachable|Connection reset|Remote end closed|HTTP Error 5\d\d|IncompleteRead/i,
    'network',
    'the site could not be reached',
  ],
];

/** Turns yt-dlp's stderr into a SourceError whose message a person can act on. */
export function classifyYtDlpError(stderr: string): SourceError {
  const detail = lastErrorLine(stderr);
  for (const [pattern, code, message] of RULES) {
    if (pattern.test(stderr)) return new SourceError(code, capitalise(message), detail);
  }
  return new SourceError('failed', `yt-dlp could not read this URL${detail ? `: ${detail}` : ''}`, detail);
}

function lastErrorLine(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const error = lines.filter((line) => line.startsWith('ERROR:')).pop() ?? lines.pop() ?? '';
  // yt-dlp appends a "please report this issue" sermon that means nothing to our users.
  return error
    .replace(/^ERROR:\s*/, '')
    .replace(/;\s*please report this issue.*$/i, '')
    .slice(0, 500);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
