/** One chapter as the site marks it, in seconds. */
export interface SourceChapter {
  title: string;
  start: number;
  end: number;
}

/** A quality on offer, as the API shows it (`POST /api/sources/inspect`). */
export interface SourceFormat {
  id: string;
  /** `1080p`, `720p`, …, or `audio`. */
  label: string;
  ext: string;
  height?: number;
  hasVideo: boolean;
  hasAudio: boolean;
  /** Bytes of the whole video at this quality: exact, the site's estimate, or bitrate × duration. */
  filesize?: number;
}

/**
 * Who fetches a stream: ffmpeg itself (byte ranges of a file, or HLS segments), or yt-dlp for protocols
 * ffmpeg cannot seek in alone (DASH: only the section asked for; f4m, ISM: the whole stream).
 */
export type StreamFetch = 'ffmpeg-range' | 'hls' | 'ytdlp-sections' | 'ytdlp-whole';

/** How to fetch one format: kept for the downloader, never sent to clients (URLs may be signed). */
export interface MediaStream {
  formatId: string;
  url: string;
  /** yt-dlp's protocol: `http`, `https`, `m3u8`, `m3u8_native`, `http_dash_segments`, … */
  protocol: string;
  fetch: StreamFetch;
  height?: number;
  hasVideo: boolean;
  hasAudio: boolean;
  ext: string;
  /** Total bitrate in kbit/s, when known. */
  tbr?: number;
  /** Bytes of the whole stream, exact or the site's estimate, when known. */
  size?: number;
  /** Headers the site expects (User-Agent, Referer, …). */
  headers: Record<string, string>;
}

/** The contract's inspection plus what the downloader needs. Send `toPublicInspection(x)` to clients. */
export interface SourceInspection {
  url: string;
  extractor: string;
  id: string;
  title: string;
  duration: number | null;
  uploader: string | null;
  thumbnail: string | null;
  chapters: SourceChapter[];
  formats: SourceFormat[];
  isLive: boolean;
  /** The best single URL ffmpeg can read directly (audio and video), or null when there is none. */
  mediaUrl: string | null;
  streams: MediaStream[];
}

/**
 * What clients get. The contract declares it once as `SourceInspection` in libs/core/src/contract; media
 * does not import core, so this structural twin is checked against it where the server returns it.
 */
export type PublicInspection = Omit<SourceInspection, 'streams' | 'mediaUrl' | 'isLive'>;

/** Exactly the contract's shape: no media URLs or request headers leave the server. */
export function toPublicInspection(inspection: SourceInspection): PublicInspection {
  const { url, extractor, id, title, duration, uploader, thumbnail, chapters, formats } = inspection;
  return { url, extractor, id, title, duration, uploader, thumbnail, chapters, formats };
}

/** An inspection with the moment it was made, so a later step can tell whether it is still fresh. */
export interface HandedInspection {
  inspection: SourceInspection;
  inspectedAt: number;
}
