import { HostAllowlist } from '../egress/host-allowlist';
import { bestStream, mapYtDlpInfo } from './map-ytdlp-info';
import { classifyYtDlpError } from './classify-ytdlp-error';
import { SourceError } from './source-error';
import type { YtDlpInfo } from './ytdlp-info';

/** The shape of a real site's `yt-dlp -J` (abridged): muxed, video-only and audio-only formats. */
const siteInfo: YtDlpInfo = {
  id: 'abc123',
  title: ' A lecture ',
  duration: 600,
  uploader: 'Prof',
  extractor: 'youtube',
  webpage_url: 'https://video.example/watch?v=abc123',
  thumbnail: 'https://i.video.example/abc123.jpg',
  chapters: [
    { title: 'Intro', start_time: 0, end_time: 60.5 },
    { title: 'Body', start_time: 60.5, end_time: 600 },
    { title: 'Broken', start_time: 10, end_time: 5 },
  ],
  formats: [
    {
      format_id: 'sb0',
      url: 'https://i.video.example/sb.jpg',
      protocol: 'mhtml',
      format_note: 'storyboard',
      vcodec: 'none',
      acodec: 'none',
    },
    {
      format_id: '140',
      url: 'https://cdn.video.example/a140',
      protocol: 'https',
      ext: 'm4a',
      vcodec: 'none',
      acodec: 'mp4a',
      tbr: 128,
      filesize: 9_600_000,
    },
    {
      format_id: '18',
      url: 'https://cdn.video.example/v18',
      protocol: 'https',
      ext: 'mp4',
      height: 360,
      vcodec: 'avc1',
      acodec: 'mp4a',
      tbr: 500,
    },
    {
      format_id: '136',
      url: 'https://cdn.video.example/v136',
      protocol: 'https',
      ext: 'mp4',
      height: 720,
      vcodec: 'avc1',
      acodec: 'none',
      tbr: 1500,
      filesize_approx: 112_500_000,
    },
    {
      format_id: '247',
      url: 'https://cdn.video.example/v247',
      protocol: 'https',
      ext: 'webm',
      height: 720,
      vcodec: 'vp9',
      acodec: 'none',
      tbr: 1200,
    },
    {
      format_id: '137',
      url: 'https://cdn.video.example/v137',
      protocol: 'http_dash_segments',
      ext: 'mp4',
      height: 1080,
      vcodec: 'avc1',
      acodec: 'none',
    },
    {
      format_id: 'dash-720',
      url: 'https://cdn.video.example/manifest.mpd',
      protocol: 'http_dash_segments',
      ext: 'mp4',
      height: 720,
      vcodec: 'avc1',
      acodec: 'none',
      tbr: 3000,
    },
    {
      format_id: 'rtmp-720',
      url: 'rtmp://cdn.video.example/live',
      protocol: 'rtmp',
      ext: 'flv',
      height: 720,
      vcodec: 'avc1',
      acodec: 'mp4a',
    },
    {
      format_id: 'evil',
      url: 'http://169.254.169.254/latest/meta-data',
      protocol: 'http',
      ext: 'mp4',
      height: 1440,
      vcodec: 'avc1',
      acodec: 'mp4a',
    },
    {
      format_id: 'hls-480',
      url: 'https://cdn.video.example/480.m3u8',
      protocol: 'm3u8_native',
      ext: 'mp4',
      height: 480,
      vcodec: 'avc1',
      acodec: 'mp4a',
      tbr: 900,
    },
  ],
};

describe('mapYtDlpInfo (pure)', () => {
  const inspection = mapYtDlpInfo(siteInfo, 'https://video.example/watch?v=abc123', new HostAllowlist());

  it('maps the page facts and chapters', () => {
    expect(inspection).toMatchObject({
      url: 'https://video.example/watch?v=abc123',
      extractor: 'youtube',
      id: 'abc123',
      title: 'A lecture',
      duration: 600,
      uploader: 'Prof',
      thumbnail: 'https://i.video.example/abc123.jpg',
      isLive: false,
      chapters: [
        { title: 'Intro', start: 0, end: 60.5 },
        { title: 'Body', start: 60.5, end: 600 },
      ],
    });
  });

  it('offers one format per label, tallest first, with exact, approximate or bitrate-estimated sizes', () => {
    expect(inspection.formats).toEqual([
      // DASH: yt-dlp fetches it; no size known, and none to estimate from
      { id: '137', label: '1080p', ext: 'mp4', height: 1080, hasVideo: true, hasAudio: true },
      // Video-only 720p is fetched with the best audio, so its size includes the audio's.
      {
        id: '136',
        label: '720p',
        ext: 'mp4',
        height: 720,
        hasVideo: true,
        hasAudio: true,
        filesize: 112_500_000 + 9_600_000,
      },
      {
        id: 'hls-480',
        label: '480p',
        ext: 'mp4',
        height: 480,
        hasVideo: true,
        hasAudio: true,
        filesize: 67_500_000,
      },
      {
        id: '18',
        label: '360p',
        ext: 'mp4',
        height: 360,
        hasVideo: true,
        hasAudio: true,
        filesize: 37_500_000,
      },
      { id: '140', label: 'audio', ext: 'm4a', hasVideo: false, hasAudio: true, filesize: 9_600_000 },
    ]);
  });

  it('drops storyboards, protocols nothing of ours fetches, and URLs to refused addresses', () => {
    const ids = inspection.streams.map((stream) => stream.formatId);
    expect(ids).not.toContain('sb0');
    expect(ids).not.toContain('rtmp-720');
    expect(ids).not.toContain('evil');
  });

  it('says who fetches each stream: ffmpeg (ranges, HLS) or yt-dlp (DASH)', () => {
    const fetchOf = (id: string) => inspection.streams.find((stream) => stream.formatId === id)?.fetch;
    expect([fetchOf('18'), fetchOf('hls-480'), fetchOf('137')]).toEqual([
      'ffmpeg-range',
      'hls',
      'ytdlp-sections',
    ]);
  });

  it('takes the length of a DASH manifest from its fragments when the extractor gives none', () => {
    const fragments = [{}, { duration: 4 }, { duration: 4 }, { duration: 2.5 }];
    const info: YtDlpInfo = {
      formats: [
        { format_id: '0', url: 'http://cdn.example/m.mpd', protocol: 'http_dash_segments', fragments },
      ],
    };
    expect(mapYtDlpInfo(info, 'http://cdn.example/m.mpd', new HostAllowlist()).duration).toBe(10.5);
  });

  it('picks the best direct media URL (both tracks, tallest) for ffmpeg', () => {
    expect(inspection.mediaUrl).toBe('https://cdn.video.example/480.m3u8');
  });

  it('drops a thumbnail on a private address', () => {
    const info = { ...siteInfo, thumbnail: 'http://10.0.0.1/t.jpg' };
    expect(mapYtDlpInfo(info, 'https://video.example/w', new HostAllowlist()).thumbnail).toBeNull();
  });

  it('flags live and upcoming streams, and refuses playlists', () => {
    const allowlist = new HostAllowlist();
    expect(mapYtDlpInfo({ ...siteInfo, is_live: true }, 'https://v.example', allowlist).isLive).toBe(true);
    expect(
      mapYtDlpInfo({ ...siteInfo, live_status: 'is_upcoming' }, 'https://v.example', allowlist).isLive,
    ).toBe(true);
    expect(() => mapYtDlpInfo({ _type: 'playlist' }, 'https://v.example', allowlist)).toThrow(/playlist/);
  });
});

describe('bestStream (pure)', () => {
  const { streams } = mapYtDlpInfo(siteInfo, 'https://video.example/w', new HostAllowlist());

  it.each([
    ['best', '137'],
    // 136 over DASH's richer dash-720: ffmpeg fetches it alone
    ['720p', '136'],
    ['1080p', '137'],
    ['480p', 'hls-480'],
    ['540p', 'hls-480'],
    ['600p', 'hls-480'],
    ['144p', '18'],
    ['audio', '140'],
  ])('%s → format %s', (quality, formatId) => {
    expect(bestStream(streams, quality)?.formatId).toBe(formatId);
  });
});

describe('classifyYtDlpError (pure)', () => {
  it.each([
    ['ERROR: Unsupported URL: https://example.com/', 'unsupported'],
    ['ERROR: [youtube] abc: Private video. Sign in if you have access', 'unavailable'],
    ['ERROR: [youtube] abc: Video unavailable', 'unavailable'],
    [
      'ERROR: [generic] None: Unable to download webpage: HTTP Error 404: Not Found (caused by <HTTPError 404>)',
      'unavailable',
    ],
    ['ERROR: [youtube] abc: This live event will begin in 3 hours.', 'live'],
    ['ERROR: Unable to download webpage: Tunnel connection failed: 403 Forbidden', 'refused'],
    ['ERROR: Unable to download webpage: <urlopen error [Errno 111] Connection refused>', 'network'],
    ['ERROR: Unable to download webpage: The read operation timed out', 'timeout'],
    ['ERROR: something odd', 'failed'],
  ])('%s → %s', (stderr, code) => {
    const error = classifyYtDlpError(
      `\nError code: 1\n\nStderr:\n${stderr}; please report this issue on https://github.com/yt-dlp/yt-dlp/issues`,
    );
    expect(error).toBeInstanceOf(SourceError);
    expect(error.code).toBe(code);
    expect(error.detail).not.toMatch(/please report/);
  });
});
