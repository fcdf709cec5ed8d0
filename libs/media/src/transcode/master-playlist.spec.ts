import { renderMasterPlaylist, HlsRendition } from './master-playlist';

const rendition = (
  name: string,
  width: number,
  height: number,
  bandwidth: number,
  codecs: string,
): HlsRendition => ({
  name,
  quality: Math.min(width, height),
  width,
  height,
  playlist: `${name}/index.m3u8`,
  bandwidth,
  averageBandwidth: bandwidth - 1000,
  codecs,
});

const audio = rendition('audio', 0, 0, 130_000, 'mp4a.40.2');

test('lists the ready renditions lowest first, sharing one audio group', () => {
  const master = renderMasterPlaylist(
    [
      rendition('720p', 1280, 720, 3_600_000, 'avc1.64001f,mp4a.40.2'),
      rendition('240p', 426, 240, 600_000, 'avc1.64001e,mp4a.40.2'),
    ],
    audio,
  );
  expect(master).toBe(
    [
      '#EXTM3U',
      '#EXT-X-VERSION:6',
      '#EXT-X-INDEPENDENT-SEGMENTS',
      '#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="audio",NAME="Audio",DEFAULT=YES,AUTOSELECT=YES,URI="audio/index.m3u8"',
      '#EXT-X-STREAM-INF:BANDWIDTH=600000,AVERAGE-BANDWIDTH=599000,CODECS="avc1.64001e,mp4a.40.2",RESOLUTION=426x240,AUDIO="audio"',
      '240p/index.m3u8',
      '#EXT-X-STREAM-INF:BANDWIDTH=3600000,AVERAGE-BANDWIDTH=3599000,CODECS="avc1.64001f,mp4a.40.2",RESOLUTION=1280x720,AUDIO="audio"',
      '720p/index.m3u8',
      '',
    ].join('\n'),
  );
});

test('an audio-only master is one audio variant; a silent one has no audio group', () => {
  expect(renderMasterPlaylist([], audio)).toContain(
    '#EXT-X-STREAM-INF:BANDWIDTH=130000,AVERAGE-BANDWIDTH=129000,CODECS="mp4a.40.2"\naudio/index.m3u8',
  );
  const silent = renderMasterPlaylist([rendition('240p', 426, 240, 500_000, 'avc1.64001e')], null);
  expect(silent).not.toContain('AUDIO');
  expect(() => renderMasterPlaylist([], null)).toThrow();
});
