import type { HostAllowlist } from '../egress/host-allowlist';
import { validateSourceUrl } from '../egress/source-url';
import { SourceError } from './source-error';
import type {
  MediaStream,
  SourceChapter,
  SourceFormat,
  SourceInspection,
  StreamFetch,
} from './source-inspection';
import type { YtDlpFormat, YtDlpInfo } from './ytdlp-info';

/**
 * Who fetches each protocol we offer (see `StreamFetch`). yt-dlp cuts sections only through ffmpeg, which
 * it cannot use for f4m, ISM or YouTube's generated DASH: those come whole. Anything else (RTMP, RTSP,
 * storyboards, …) is not offered.
 */
const FETCH_BY_PROTOCOL: Record<string, StreamFetch> = {
  http: 'ffmpeg-range',
  https: 'ffmpeg-range',
  m3u8: 'hls',
  m3u8_native: 'hls',
  http_dash_segments: 'ytdlp-sections',
  http_dash_segments_generator: 'ytdlp-whole',
  f4m: 'ytdlp-whole',
  ism: 'ytdlp-whole',
};

/** Streams yt-dlp has to fetch: the download goes through it rather than through ffmpeg alone. */
export function needsYtDlp(stream: Pick<MediaStream, 'fetch'>): boolean {
  return stream.fetch.startsWith('ytdlp');
}

/**
 * `yt-dlp -J` output → our inspection. Formats whose URL points somewhere we may not go are dropped (the
 * guard would refuse them anyway), and so is such a thumbnail. Storyboards and protocols neither ffmpeg
 * nor yt-dlp can fetch for us are not offered.
 */
export function mapYtDlpInfo(info: YtDlpInfo, inputUrl: string, allowlist: HostAllowlist): SourceInspection {
  if (info._type === 'playlist' || info._type === 'multi_video') {
    throw new SourceError('unsupported', 'This URL is a playlist: paste the link of a single video');
  }
  const formats = info.formats?.length ? info.formats : [info];
  const streams = formats
    .map((format) => toStream(format, allowlist))
    .filter((stream): stream is MediaStream => stream !== null);
  const duration = positive(info.duration) ?? fragmentsLength(formats);
  return {
    url: safeUrl(info.webpage_url, allowlist) ?? inputUrl,
    extractor: info.extractor ?? info.extractor_key?.toLowerCase() ?? 'generic',
    id: info.id ?? inputUrl,
    title: info.title?.trim() || info.id || inputUrl,
    duration,
    uploader: info.uploader ?? info.channel ?? null,
    thumbnail: safeUrl(info.thumbnail, allowlist),
    chapters: (info.chapters ?? [])
      .map(toChapter)
      .filter((chapter): chapter is SourceChapter => chapter !== null),
    formats: describeFormats(streams, duration),
    isLive: info.is_live === true || info.live_status === 'is_live' || info.live_status === 'is_upcoming',
    mediaUrl: mediaUrlOf(streams),
    streams,
  };
}

/** One format per label (the richest stream), tallest first, audio last: what a quality menu shows. */
export function describeFormats(streams: readonly MediaStream[], duration: number | null): SourceFormat[] {
  const byLabel = new Map<string, MediaStream>();
  for (const stream of streams) {
    const current = byLabel.get(labelOf(stream));
    if (!current || rank(stream) > rank(current)) byLabel.set(labelOf(stream), stream);
  }
  const audio = byLabel.get('audio');
  const order = (stream: MediaStream) => (stream.hasVideo ? (stream.height ?? 0) + 1 : 0);
  return [...byLabel.values()]
    .sort((a, b) => order(b) - order(a))
    .map((stream) => {
      // A video-only stream is fetched together with the best audio: the size a person gets is both.
      const companion = stream.hasVideo && !stream.hasAudio ? audio : undefined;
      const sizes = [stream, ...(companion ? [companion] : [])].map((part) => estimateSize(part, duration));
      const filesize = sizes.includes(undefined)
        ? 0
        : Math.round(sizes.reduce<number>((sum, size) => sum + size!, 0));
      return {
        id: stream.formatId,
        label: labelOf(stream),
        ext: stream.ext,
        ...(stream.height ? { height: stream.height } : {}),
        hasVideo: stream.hasVideo,
        hasAudio: stream.hasAudio || Boolean(companion),
        ...(filesize ? { filesize } : {}),
      };
    });
}

/**
 * The stream that best matches a quality: `audio` → the richest audio-only stream (else any with audio);
 * `best` → the tallest; `720p` → the nearest height, the smaller one on a tie. Among equals, streams that
 * carry both tracks win, then the higher bitrate.
 */
export function bestStream(streams: readonly MediaStream[], quality: string): MediaStream | undefined {
  if (quality === 'audio') {
    const audioOnly = streams.filter((stream) => stream.hasAudio && !stream.hasVideo);
    const candidates = audioOnly.length ? audioOnly : streams.filter((stream) => stream.hasAudio);
    return [...candidates].sort((a, b) => (b.tbr ?? 0) - (a.tbr ?? 0))[0];
  }
  const wanted = quality === 'best' ? Number.POSITIVE_INFINITY : Number.parseInt(quality, 10);
  if (Number.isNaN(wanted)) return undefined;
  const distance = (stream: MediaStream) => {
    const height = stream.height ?? 0;
    if (wanted === Number.POSITIVE_INFINITY) return -height;
    return Math.abs(height - wanted) + (height > wanted ? 0.5 : 0);
  };
  return streams
    .filter((stream) => stream.hasVideo)
    .sort((a, b) => distance(a) - distance(b) || rank(b) - rank(a))[0];
}

/** One URL that ffmpeg alone can turn into the whole video: the tallest stream with both tracks if any. */
function mediaUrlOf(allStreams: readonly MediaStream[]): string | null {
  const streams = allStreams.filter((stream) => !needsYtDlp(stream));
  const muxed = streams.filter((stream) => stream.hasVideo && stream.hasAudio);
  return (
    (bestStream(muxed, 'best') ?? bestStream(streams, 'best') ?? bestStream(streams, 'audio'))?.url ?? null
  );
}

export function labelOf(stream: Pick<MediaStream, 'hasVideo' | 'height'>): string {
  if (!stream.hasVideo) return 'audio';
  return stream.height ? `${stream.height}p` : 'video';
}

function toStream(format: YtDlpFormat, allowlist: HostAllowlist): MediaStream | null {
  const protocol = format.protocol ?? 'https';
  const fetch = FETCH_BY_PROTOCOL[protocol];
  if (!format.url || !fetch || format.format_note === 'storyboard') return null;
  const url = safeUrl(format.url, allowlist);
  // yt-dlp writes "none" for a missing track, and nothing when it does not know (generic extractor).
  const hasVideo = format.vcodec !== 'none';
  const hasAudio = format.acodec !== 'none';
  if (!url || (!hasVideo && !hasAudio)) return null;
  const height = positive(format.height);
  const tbr = positive(format.tbr);
  const size = positive(format.filesize) ?? positive(format.filesize_approx);
  return {
    formatId: format.format_id ?? 'default',
    url,
    protocol,
    fetch,
    ext: format.ext ?? 'mp4',
    ...(height ? { height } : {}),
    hasVideo,
    hasAudio,
    ...(tbr ? { tbr } : {}),
    ...(size ? { size } : {}),
    headers: format.http_headers ?? {},
  };
}

/** Prefer streams ffmpeg fetches alone (ranges, no detour through yt-dlp), then both tracks, then bitrate. */
function rank(stream: MediaStream): number {
  return (needsYtDlp(stream) ? 0 : 2e9) + (stream.hasVideo && stream.hasAudio ? 1e9 : 0) + (stream.tbr ?? 0);
}

/** The generic extractor gives a DASH manifest no duration, but its fragments say how long they are. */
function fragmentsLength(formats: readonly YtDlpFormat[]): number | null {
  const lengths = formats.map((format) =>
    (format.fragments ?? []).reduce((total, fragment) => total + (positive(fragment.duration) ?? 0), 0),
  );
  return positive(Math.max(0, ...lengths));
}

/** Exact or the site's estimate, else bitrate × duration. */
function estimateSize(stream: MediaStream, duration: number | null): number | undefined {
  if (stream.size) return stream.size;
  return stream.tbr && duration ? (stream.tbr * 1000 * duration) / 8 : undefined;
}

function toChapter(chapter: {
  title?: string;
  start_time?: number;
  end_time?: number;
}): SourceChapter | null {
  const start = Number(chapter.start_time);
  const end = Number(chapter.end_time);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return null;
  return { title: chapter.title?.trim() || 'Chapter', start: round(start), end: round(end) };
}

function safeUrl(url: string | null | undefined, allowlist: HostAllowlist): string | null {
  if (!url) return null;
  try {
    return validateSourceUrl(url, allowlist);
  } catch {
    return null;
  }
}

function positive(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
