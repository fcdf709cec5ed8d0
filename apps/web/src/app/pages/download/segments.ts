import {
  DOWNLOAD_NAME_MAX,
  type DownloadFormat,
  type DownloadQuality,
  type DownloadRequest,
  MAX_BATCH_SEGMENTS,
  type SegmentRequest,
  type SourceChapter,
} from '../../core/downloads/download.types';
import { formatTimecode } from '../../shared/format/timecode';
import { type ClipHandle, type ClipRange, MIN_CLIP_SECONDS } from '../clip/clip-range';

/** A segment being chosen; `key` tells segments apart while the list changes. */
export interface SegmentDraft extends ClipRange {
  key: number;
  name: string;
}

/** A source whose length nobody knows gets a first minute to start from; its times are not capped. */
const UNKNOWN_LENGTH_SPAN = 60;

function toMillis(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

/** The whole source, the first segment offered. */
export function wholeSource(duration: number | null): ClipRange {
  return { start: 0, end: toMillis(duration ?? UNKNOWN_LENGTH_SPAN) };
}

/**
 * What "Add segment" adds: the rest of the source after the last segment, or the whole source again
 * when the last one reaches its end.
 */
export function nextRange(segments: readonly ClipRange[], duration: number | null): ClipRange {
  const last = segments.at(-1);
  if (!last) return wholeSource(duration);
  if (duration === null) return { start: last.end, end: toMillis(last.end + UNKNOWN_LENGTH_SPAN) };
  return last.end <= duration - MIN_CLIP_SECONDS
    ? { start: last.end, end: toMillis(duration) }
    : wholeSource(duration);
}

/** A chapter as a segment, kept inside the source (sites round their chapter marks). */
export function chapterRange(chapter: SourceChapter, duration: number | null): ClipRange {
  const cap = duration ?? Number.POSITIVE_INFINITY;
  return {
    start: toMillis(Math.min(Math.max(chapter.start, 0), cap)),
    end: toMillis(Math.min(chapter.end, cap)),
  };
}

/** Identifies one time field of one segment, to remember that it holds something that is not a time. */
export function fieldKey(segment: Pick<SegmentDraft, 'key'>, handle: ClipHandle): string {
  return `${segment.key}:${handle}`;
}

/**
 * Everything that stops the segments from being sent, as sentences naming the segment and the field;
 * empty when they can go. `invalidFields` holds the fieldKey of every time field with text that is not a time.
 */
export function segmentProblems(
  segments: readonly SegmentDraft[],
  duration: number | null,
  invalidFields: ReadonlySet<string> = new Set(),
): string[] {
  if (segments.length === 0) return ['Add a segment first.'];
  const problems: string[] = [];
  if (segments.length > MAX_BATCH_SEGMENTS) {
    problems.push(`At most ${MAX_BATCH_SEGMENTS} segments can be downloaded at once.`);
  }
  segments.forEach((segment, index) => {
    const which = segments.length > 1 ? `Segment ${index + 1}: the` : 'The';
    for (const handle of ['start', 'end'] as const) {
      if (invalidFields.has(fieldKey(segment, handle))) {
        problems.push(`${which} ${handle} is not a time; write HH:MM:SS.mmm, MM:SS or seconds.`);
      }
    }
    if (segment.start < 0) problems.push(`${which} start cannot be before the beginning of the video.`);
    if (segment.end <= segment.start) problems.push(`${which} end must come after the start.`);
    else if (duration !== null && segment.end > duration + 0.0005) {
      problems.push(`${which} end is past the end of the video (${formatTimecode(duration)}).`);
    }
    if (segment.name.trim().length > DOWNLOAD_NAME_MAX) {
      problems.push(`${which} name is longer than ${DOWNLOAD_NAME_MAX} characters.`);
    }
  });
  return problems;
}

function segmentRequest({ start, end, name }: SegmentDraft): SegmentRequest {
  const trimmed = name.trim();
  return trimmed ? { start, end, name: trimmed } : { start, end };
}

/** POST /api/downloads for the segments: one download for one segment, a batch for several. */
export function downloadRequest(
  url: string,
  segments: readonly SegmentDraft[],
  quality: DownloadQuality,
  format: DownloadFormat,
): DownloadRequest {
  if (segments.length === 1) return { url, ...segmentRequest(segments[0]), quality, format };
  return { url, segments: segments.map(segmentRequest), quality, format };
}

/** Seconds of all segments together. */
export function totalSeconds(segments: readonly ClipRange[]): number {
  return segments.reduce((sum, segment) => sum + Math.max(0, segment.end - segment.start), 0);
}
