import type { ReportStatus, ReportTarget } from '@clipstream/core/contract';
import { choicesFrom } from '../common/choices';
import type { ResolveAction } from './types';

const TARGET_LABELS: Record<ReportTarget, string> = { video: 'Video', comment: 'Comment' };
const STATUS_LABELS: Record<ReportStatus, string> = { open: 'Open', resolved: 'Resolved' };

export const reportTargetChoices = choicesFrom(TARGET_LABELS);
export const reportStatusChoices = choicesFrom(STATUS_LABELS);

/** A comment cannot be hidden, only deleted; a ban hits whoever posted the target. */
const RESOLVE_ACTIONS: Record<ReportTarget, { id: ResolveAction; name: string }[]> = {
  video: [
    { id: 'none', name: 'No action' },
    { id: 'hide', name: 'Hide the video' },
    { id: 'delete', name: 'Delete the video' },
    { id: 'ban', name: 'Ban the owner' },
  ],
  comment: [
    { id: 'none', name: 'No action' },
    { id: 'delete', name: 'Delete the comment' },
    { id: 'ban', name: 'Ban the author' },
  ],
};

export const resolveActionChoices = (target: ReportTarget) => RESOLVE_ACTIONS[target];
