import type { VideoProgressEvent, VideoStatus, VideoView } from '@clipstream/contract';

/** `ready` and `failed` end a run of the pipeline; nothing more arrives until a retry. */
export function isSettled(status: VideoStatus): boolean {
  return status === 'ready' || status === 'failed';
}

/** A video as it is after a `video.progress` event (the event carries only the live fields). */
export function applyProgress(video: VideoView, event: VideoProgressEvent): VideoView {
  if (event.videoId !== video.id) return video;
  return { ...video, status: event.status, progress: event.progress, stage: event.stage };
}

const STAGE_LABELS: Record<string, string> = {
  queued: 'Waiting in line',
  probe: 'Checking the file',
  probing: 'Checking the file',
  transcode: 'Converting for streaming',
  transcoding: 'Converting for streaming',
  thumbnails: 'Making thumbnails',
  storyboard: 'Making seek previews',
  publish: 'Publishing',
  publishing: 'Publishing',
  clip: 'Cutting the clip',
  cut: 'Cutting the clip',
  import: 'Fetching the source',
  download: 'Fetching the source',
};

/** The stage names of the worker, said in words; an unknown stage is shown as it comes. */
export function stageLabel(stage: string | null | undefined, status: VideoStatus): string {
  if (status === 'pending') return STAGE_LABELS['queued'];
  if (!stage) return status === 'processing' ? 'Processing' : '';
  const known = STAGE_LABELS[stage.toLowerCase()];
  if (known) return known;
  const words = stage.replace(/[._-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
