/** The parts of `yt-dlp -J` output we read; everything is optional because extractors differ. */
export interface YtDlpFormat {
  format_id?: string;
  url?: string;
  protocol?: string;
  ext?: string;
  height?: number | null;
  vcodec?: string | null;
  acodec?: string | null;
  filesize?: number | null;
  filesize_approx?: number | null;
  tbr?: number | null;
  format_note?: string | null;
  http_headers?: Record<string, string>;
  /** DASH and other fragmented formats: the pieces, with their lengths in seconds. */
  fragments?: Array<{ duration?: number }> | null;
}

export interface YtDlpInfo extends YtDlpFormat {
  _type?: string;
  id?: string;
  title?: string;
  duration?: number | null;
  uploader?: string | null;
  channel?: string | null;
  thumbnail?: string | null;
  extractor?: string;
  extractor_key?: string;
  webpage_url?: string;
  is_live?: boolean | null;
  live_status?: string | null;
  chapters?: Array<{ title?: string; start_time?: number; end_time?: number }> | null;
  formats?: YtDlpFormat[];
}
