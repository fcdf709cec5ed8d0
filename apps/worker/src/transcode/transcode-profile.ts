import type { AppConfig } from '@clipstream/core';
import { resolveTranscodeProfile, TranscodeProfile, TranscodeProfileOverride } from '@clipstream/media';

/** The ladder as data: the defaults of libs/media with TRANSCODE_PROFILE laid over them (checked there). */
export function transcodeProfile(config: Pick<AppConfig, 'TRANSCODE_PROFILE'>): TranscodeProfile {
  return resolveTranscodeProfile((config.TRANSCODE_PROFILE ?? {}) as TranscodeProfileOverride);
}
