import { BadRequestException } from '@nestjs/common';
import {
  isAudioFormat,
  MediaStream,
  planSegment,
  SegmentBounds,
  SegmentFormat,
  SegmentPlan,
  SegmentQuality,
  SourceInspection,
  TimecodeError,
  validateSegment,
} from '@clipstream/media';
import { toHttpError } from '../sources/source-http-errors';
import type { CreateDownloadDto, SegmentDto } from './dto/create-download.dto';

export interface DownloadOutput {
  quality: string;
  format: SegmentFormat;
}

export interface RequestedSegments {
  segments: SegmentDto[];
  /** Answered with an array, and errors name `segments[i].field`. */
  batch: boolean;
}

export interface PlannedDownload extends SegmentBounds {
  name?: string;
  estimatedSize: number | null;
}

export interface DownloadLimits {
  maxSegmentSeconds: number;
  maxBytes: number;
}

/** What is known of the source once it was inspected. */
export interface SourceFacts {
  duration: number | null;
  media: SegmentPlan;
}

/** About the bitrate the downloader encodes MP3 (VBR -q:a 2) and M4A (192k) at. */
const AUDIO_KBPS = 192;

/** The segments of a request: `start`/`end`/`name`, or `segments`, never both. */
export function requestedSegments(body: CreateDownloadDto): RequestedSegments {
  const single = body.start !== undefined || body.end !== undefined || body.name !== undefined;
  if (body.segments) {
    if (single) throw new BadRequestException('give either start and end, or segments, not both');
    return { segments: body.segments, batch: true };
  }
  if (body.start === undefined) throw new BadRequestException('start is required (or give segments)');
  if (body.end === undefined) throw new BadRequestException('end is required (or give segments)');
  return { segments: [{ start: body.start, end: body.end, name: body.name }], batch: false };
}

/** Audio formats imply the `audio` quality; `audio` alone means m4a, as for the downloader. */
export function chooseOutput(body: Pick<CreateDownloadDto, 'quality' | 'format'>): DownloadOutput {
  const format = body.format ?? (body.quality === 'audio' ? 'm4a' : 'mp4');
  const audio = isAudioFormat(format);
  if (audio && body.quality && body.quality !== 'audio') {
    throw new BadRequestException(`format ${format} is audio only: leave quality out or set it to 'audio'`);
  }
  if (!audio && body.quality === 'audio') {
    throw new BadRequestException("quality 'audio' needs format mp3 or m4a");
  }
  return { quality: audio ? 'audio' : (body.quality ?? 'best'), format };
}

/** The streams the downloader will read (the nearest quality there is); 422 when the source lacks a track. */
export function planMedia(inspection: SourceInspection, output: DownloadOutput): SegmentPlan {
  try {
    return planSegment(inspection, output.quality as SegmentQuality, output.format);
  } catch (error) {
    throw toHttpError(error);
  }
}

/**
 * Checks every segment (times, order, length, and the duration once it is known) and estimates its size
 * from the chosen streams' bitrate. Each error is a 400 naming the field (`segments[2].end` in a batch).
 */
export function planDownloads(
  { segments, batch }: RequestedSegments,
  limits: DownloadLimits,
  source?: SourceFacts,
): PlannedDownload[] {
  return segments.map((segment, index) => {
    const field = batch ? `segments[${index}].` : '';
    const bounds = withField(field, () =>
      validateSegment({
        start: segment.start,
        end: segment.end,
        duration: source?.duration,
        maxLength: limits.maxSegmentSeconds,
      }),
    );
    const estimatedSize = source ? estimateSize(source, bounds.length) : null;
    if (estimatedSize !== null && estimatedSize > limits.maxBytes) {
      throw new BadRequestException(
        `${field}end: the segment would be about ${megabytes(estimatedSize)} MB, more than the maximum of ` +
          `${megabytes(limits.maxBytes)} MB: choose a shorter segment or a lower quality`,
      );
    }
    return { ...bounds, name: segment.name, estimatedSize };
  });
}

/** The chosen streams' bytes per second × length; for audio, the encoder's bitrate. Null when unknown. */
export function estimateSize({ duration, media }: SourceFacts, length: number): number | null {
  if (!media.video) return Math.round((AUDIO_KBPS * 1000 * length) / 8);
  const streams = [media.video, media.audio].filter(
    (stream, index, all): stream is MediaStream => !!stream && all.indexOf(stream) === index,
  );
  const rates = streams.map((stream) => bytesPerSecond(stream, duration));
  if (rates.includes(null)) return null;
  return Math.round((rates as number[]).reduce((sum, rate) => sum + rate, 0) * length);
}

function bytesPerSecond(stream: MediaStream, duration: number | null): number | null {
  if (stream.size && duration) return stream.size / duration;
  return stream.tbr ? (stream.tbr * 1000) / 8 : null;
}

function withField<T>(field: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof TimecodeError) {
      const named =
        !error.field || error.message.startsWith(error.field)
          ? error.message
          : `${error.field}: ${error.message}`;
      throw new BadRequestException(`${field}${named}`);
    }
    throw error;
  }
}

function megabytes(bytes: number): number {
  return Math.round(bytes / 1024 ** 2);
}
