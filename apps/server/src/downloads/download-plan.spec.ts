import { BadRequestException } from '@nestjs/common';
import type { SourceInspection } from '@clipstream/media';
import { chooseOutput, estimateSize, planDownloads, planMedia, requestedSegments } from './download-plan';

const LIMITS = { maxSegmentSeconds: 3600, maxBytes: 100 * 1024 ** 2 };

/** A 600 s source with a 720p stream of 60 MB (audio included) and an audio stream. */
const inspection = {
  url: 'https://example.com/v',
  extractor: 'example',
  id: 'v1',
  title: 'A video',
  duration: 600,
  uploader: null,
  thumbnail: null,
  chapters: [],
  formats: [
    {
      id: '22',
      label: '720p',
      ext: 'mp4',
      height: 720,
      hasVideo: true,
      hasAudio: true,
      filesize: 60_000_000,
    },
    { id: '140', label: 'audio', ext: 'm4a', hasVideo: false, hasAudio: true, filesize: 9_600_000 },
  ],
  isLive: false,
  mediaUrl: 'https://cdn.example.com/22',
  streams: [
    {
      formatId: '22',
      url: 'https://cdn.example.com/22',
      protocol: 'https',
      ext: 'mp4',
      height: 720,
      hasVideo: true,
      hasAudio: true,
      size: 60_000_000,
      headers: {},
    },
    {
      formatId: '140',
      url: 'https://cdn.example.com/140',
      protocol: 'https',
      ext: 'm4a',
      hasVideo: false,
      hasAudio: true,
      size: 9_600_000,
      headers: {},
    },
  ],
} as SourceInspection;

function message(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return (error as Error).message;
  }
  throw new Error('expected a 400');
}

describe('requestedSegments', () => {
  it('reads one segment or a batch, not both', () => {
    expect(requestedSegments({ url: 'u', start: 1, end: 2, name: 'n' })).toEqual({
      segments: [{ start: 1, end: 2, name: 'n' }],
      batch: false,
    });
    expect(requestedSegments({ url: 'u', segments: [{ start: 1, end: 2 }] }).batch).toBe(true);
    expect(
      message(() => requestedSegments({ url: 'u', start: 1, segments: [{ start: 1, end: 2 }] })),
    ).toMatch(/not both/);
    expect(message(() => requestedSegments({ url: 'u', end: 2 }))).toMatch(/^start is required/);
  });
});

describe('chooseOutput', () => {
  it.each([
    [{}, { quality: 'best', format: 'mp4' }],
    [{ quality: '720p' }, { quality: '720p', format: 'mp4' }],
    [{ format: 'mp3' as const }, { quality: 'audio', format: 'mp3' }],
    [{ quality: 'audio' }, { quality: 'audio', format: 'm4a' }],
  ])('%j → %j', (body, output) => {
    expect(chooseOutput(body)).toEqual(output);
  });

  it('refuses contradictions', () => {
    expect(message(() => chooseOutput({ quality: '720p', format: 'mp3' }))).toMatch(/audio only/);
    expect(message(() => chooseOutput({ quality: 'audio', format: 'mp4' }))).toMatch(
      /needs format mp3 or m4a/,
    );
  });
});

describe('planMedia', () => {
  it('picks the nearest quality, and refuses a source without the track asked for', () => {
    expect(planMedia(inspection, { quality: '1080p', format: 'mp4' })).toMatchObject({ quality: '720p' });
    expect(planMedia(inspection, { quality: 'audio', format: 'mp3' })).toMatchObject({ quality: 'audio' });
    const silent = {
      ...inspection,
      streams: inspection.streams.map((stream) => ({ ...stream, hasAudio: false })),
    };
    let status = 0;
    try {
      planMedia(silent, { quality: 'audio', format: 'm4a' });
    } catch (error) {
      status = (error as { getStatus(): number }).getStatus();
    }
    expect(status).toBe(422);
  });
});

describe('planDownloads', () => {
  const source = { duration: 600, media: planMedia(inspection, { quality: '720p', format: 'mp4' }) };

  it('parses times and estimates the size of the streams read', () => {
    const [plan] = planDownloads(
      requestedSegments({ url: 'u', start: '00:01:00', end: '1:30' }),
      LIMITS,
      source,
    );
    expect(plan).toEqual({ start: 60, end: 90, length: 30, name: undefined, estimatedSize: 3_000_000 });
  });

  it('names the field, with its index in a batch', () => {
    const batch = requestedSegments({
      url: 'u',
      segments: [
        { start: 0, end: 5 },
        { start: 0, end: 601 },
      ],
    });
    expect(message(() => planDownloads(batch, LIMITS, source))).toMatch(/^segments\[1\]\.end 601 is past/);
    const long = requestedSegments({ url: 'u', start: 0, end: 4000 });
    expect(message(() => planDownloads(long, LIMITS))).toMatch(/^end: the segment lasts 4000 s/);
  });

  it('refuses a segment whose estimated size is over the limit', () => {
    const whole = requestedSegments({ url: 'u', start: 0, end: 600 });
    expect(message(() => planDownloads(whole, { ...LIMITS, maxBytes: 10_000_000 }, source))).toMatch(
      /^end: the segment would be about 57 MB, more than the maximum of 10 MB/,
    );
  });
});

describe('estimateSize', () => {
  it('uses the encoder bitrate for audio, and null when the size is unknown', () => {
    expect(
      estimateSize({ duration: 600, media: planMedia(inspection, { quality: 'audio', format: 'mp3' }) }, 10),
    ).toBe(240_000);
    const unsized = {
      ...inspection,
      streams: inspection.streams.map(({ size: _size, ...stream }) => stream),
    };
    expect(
      estimateSize({ duration: 600, media: planMedia(unsized, { quality: 'best', format: 'mp4' }) }, 10),
    ).toBeNull();
  });
});
