import type { VideoView } from '@clipstream/contract';

import { applyProgress, isSettled, stageLabel } from './video-progress';

describe('video progress', () => {
  const video = { id: 'v1', status: 'pending', progress: 0, stage: null } as unknown as VideoView;

  it('applies an event of the same video only', () => {
    expect(
      applyProgress(video, { videoId: 'v1', status: 'processing', progress: 12, stage: 'transcode' }),
    ).toMatchObject({ status: 'processing', progress: 12, stage: 'transcode' });
    expect(applyProgress(video, { videoId: 'v2', status: 'ready', progress: 100, stage: 'done' })).toBe(
      video,
    );
  });

  it('knows when the pipeline is done with a video', () => {
    expect(isSettled('ready')).toBe(true);
    expect(isSettled('failed')).toBe(true);
    expect(isSettled('processing')).toBe(false);
  });

  it('says the stage in words', () => {
    expect(stageLabel('transcode', 'processing')).toBe('Converting for streaming');
    expect(stageLabel('first_rendition', 'processing')).toBe('First rendition');
    expect(stageLabel(null, 'pending')).toBe('Waiting in line');
  });
});
