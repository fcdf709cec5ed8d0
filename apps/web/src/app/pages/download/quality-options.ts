import type { DownloadFormat, DownloadQuality, SourceFormat } from '../../core/downloads/download.types';

/** One entry of the quality menu; `wholeBytes` is the size of the whole video at that quality. */
export interface QualityOption {
  value: DownloadQuality;
  label: string;
  wholeBytes: number | null;
}

export const AUDIO_QUALITY = 'audio';
export const BEST_QUALITY = 'best';

function heightOf(format: SourceFormat): number {
  return format.height ?? (Number.parseInt(format.label, 10) || 0);
}

function largest(formats: readonly SourceFormat[]): number | null {
  const sizes = formats.map((format) => format.filesize).filter((size): size is number => !!size && size > 0);
  return sizes.length > 0 ? Math.max(...sizes) : null;
}

function isAudioOnly(format: SourceFormat): boolean {
  return format.hasAudio && !format.hasVideo;
}

/**
 * The size of the whole video at one height: a stream with sound as it is; a picture-only stream gets the
 * sound stream added, since the download muxes them together.
 */
function videoBytes(formats: readonly SourceFormat[], audioBytes: number | null): number | null {
  const withSound = largest(formats.filter((format) => format.hasAudio));
  if (withSound !== null) return withSound;
  const picture = largest(formats);
  return picture === null ? null : picture + (audioBytes ?? 0);
}

/**
 * The quality menu for a source's formats: "best" first, then each height from the highest down, then
 * "audio" when the source has sound.
 */
export function qualityOptions(formats: readonly SourceFormat[]): QualityOption[] {
  const audioBytes = largest(formats.filter(isAudioOnly));
  const byLabel = new Map<string, SourceFormat[]>();
  for (const format of formats.filter((f) => f.hasVideo).sort((a, b) => heightOf(b) - heightOf(a))) {
    byLabel.set(format.label, [...(byLabel.get(format.label) ?? []), format]);
  }
  const heights: QualityOption[] = [...byLabel].map(([label, group]) => ({
    value: label,
    label,
    wholeBytes: videoBytes(group, audioBytes),
  }));
  const hasSound = formats.some((format) => format.hasAudio);
  const audio: QualityOption[] = hasSound
    ? [{ value: AUDIO_QUALITY, label: 'Audio only', wholeBytes: audioBytes }]
    : [];
  const best = heights[0] ?? audio[0];
  return [
    { value: BEST_QUALITY, label: 'Best available', wholeBytes: best?.wholeBytes ?? null },
    ...heights,
    ...audio,
  ];
}

/**
 * The size of `seconds` of a video whose whole is `wholeBytes` long `duration`: the bitrate is taken
 * as even, so this is an estimate. Null when either size or length is unknown.
 */
export function estimateBytes(
  wholeBytes: number | null,
  seconds: number,
  duration: number | null,
): number | null {
  if (wholeBytes === null || !duration || duration <= 0 || seconds <= 0) return null;
  return Math.round((wholeBytes * Math.min(seconds, duration)) / duration);
}

export const FORMAT_LABELS: Record<DownloadFormat, string> = {
  mp4: 'MP4 video',
  mp3: 'MP3 audio',
  m4a: 'M4A audio (AAC)',
};

/** The containers a quality can be saved in: audio-only as MP3 or M4A, everything else as MP4. */
export function formatsFor(quality: DownloadQuality): DownloadFormat[] {
  return quality === AUDIO_QUALITY ? ['mp3', 'm4a'] : ['mp4'];
}

/** The format to keep after the quality changed: the same one when it still fits, else the first that does. */
export function formatAfter(quality: DownloadQuality, format: DownloadFormat): DownloadFormat {
  const allowed = formatsFor(quality);
  return allowed.includes(format) ? format : allowed[0];
}
