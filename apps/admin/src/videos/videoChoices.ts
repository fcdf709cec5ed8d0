import type { VideoStatus, Visibility } from '@clipstream/core/contract';
import { choicesFrom } from '../common/choices';

const STATUS_LABELS: Record<VideoStatus, string> = {
  pending: 'Pending',
  processing: 'Processing',
  ready: 'Ready',
  failed: 'Failed',
};

const VISIBILITY_LABELS: Record<Visibility, string> = {
  public: 'Public',
  unlisted: 'Unlisted',
  private: 'Private',
};

export const videoStatusChoices = choicesFrom(STATUS_LABELS);
export const visibilityChoices = choicesFrom(VISIBILITY_LABELS);
