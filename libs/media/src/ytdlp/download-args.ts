import { NETWORK_PROTOCOL_WHITELIST } from '../egress/remote-input';

/** Where the timestamps of a section fetched by yt-dlp start: the source's own, moved this far on. */
export const SECTION_TIME_OFFSET = 1000;

export interface YtDlpDownloadRequest {
  url: string;
  /** yt-dlp format ids: one, or a picture and a sound to merge. */
  formatIds: string[];
  /** Seconds of the source to fetch; absent: the whole stream. */
  section?: { start: number; end: number };
  /** An empty folder: the file lands there as `fetched.{ext}`. */
  directory: string;
}

export interface YtDlpDownloadSettings {
  proxyUrl: string;
  cookiesFile?: string;
}

/**
 * `yt-dlp` arguments for one download. A section is cut by the ffmpeg yt-dlp starts: it reads only the
 * fragments from the one holding `start` on, copies the packets (from a keyframe before `start`) and
 * keeps the source's timestamps (`-copyts`), moved by SECTION_TIME_OFFSET so none is negative: the
 * caller then knows which local frame is the source's frame at `start`. That ffmpeg opens network
 * protocols only (a manifest could name `file:` URLs); it reaches the site through the guard, as yt-dlp
 * gives it `http_proxy`.
 */
export function ytDlpDownloadArgs(request: YtDlpDownloadRequest, settings: YtDlpDownloadSettings): string[] {
  const { section } = request;
  return [
    ...['--ignore-config', '--no-playlist', '--no-cache-dir', '--socket-timeout', '20'],
    ...['--proxy', settings.proxyUrl],
    ...(settings.cookiesFile ? ['--cookies', settings.cookiesFile] : []),
    ...['-f', request.formatIds.join('+'), '--merge-output-format', 'mkv'],
    // A "fixup" remux would move the timestamps the caller counts on.
    ...['--fixup', 'never', '--no-mtime', '--no-progress'],
    ...(section
      ? [
          ...['--download-sections', `*${section.start.toFixed(3)}-${section.end.toFixed(3)}`],
          ...['--downloader-args', `ffmpeg_o:-copyts -output_ts_offset ${SECTION_TIME_OFFSET}`],
        ]
      : []),
    ...[
      '--downloader-args',
      `ffmpeg_i:-protocol_whitelist ${NETWORK_PROTOCOL_WHITELIST} -rw_timeout 30000000`,
    ],
    ...['-P', request.directory, '-o', 'fetched.%(ext)s'],
    // `--`: whatever the URL says, it is read as a URL, never as an option.
    '--',
    request.url,
  ];
}
