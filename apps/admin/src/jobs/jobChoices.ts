import { choicesFrom } from '../common/choices';
import type { JobState } from './types';

const STATE_LABELS: Record<JobState, string> = {
  waiting: 'Waiting',
  active: 'Active',
  delayed: 'Delayed',
  completed: 'Completed',
  failed: 'Failed',
};

export const jobStateChoices = choicesFrom(STATE_LABELS);

export const jobStateLabel = (state: JobState) => STATE_LABELS[state] ?? state;
