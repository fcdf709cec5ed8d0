import { AcceptedDemuxer, demuxerFor } from './accepted-containers';
import { MediaRejectedError } from './media-rejected-error';
import type { MediaProbe } from './probe-media';
import { RejectionReasons, reasonForDemuxer } from './rejection-reasons';

/** Below this ffprobe is guessing (it warns "misdetection possible"), as with random bytes. */
const MIN_PROBE_SCORE = 26;

/**
 * Judges an upload by its probe, never by its name: a real media container with something to play.
 * Returns the demuxer every later ffmpeg run must force for this file.
 */
export function assertPlayableUpload(probe: MediaProbe): AcceptedDemuxer {
  const demuxer = demuxerFor(probe.container);
  if (!demuxer)
    throw new MediaRejectedError(reasonForDemuxer(probe.container), `container ${probe.container}`);
  if (probe.probeScore < MIN_PROBE_SCORE) {
    throw new MediaRejectedError(
      RejectionReasons.unreadable,
      `probe score ${probe.probeScore} for ${probe.container}`,
    );
  }
  if (!probe.hasVideo && !probe.hasAudio)
    throw new MediaRejectedError(RejectionReasons.noStreams, 'no streams');
  if (!(probe.duration > 0)) throw new MediaRejectedError(RejectionReasons.noDuration, 'zero duration');
  if (probe.hasVideo && (probe.width < 2 || probe.height < 2)) {
    throw new MediaRejectedError(RejectionReasons.damaged, `video size ${probe.width}x${probe.height}`);
  }
  return demuxer;
}
