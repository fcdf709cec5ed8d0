import { Chip } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { jobStateLabel } from './jobChoices';
import type { AdminJob, JobState } from './types';
import type { ColumnProps } from '../common/types';

const STATE_COLORS: Record<JobState, 'default' | 'info' | 'success' | 'error' | 'warning'> = {
  waiting: 'default',
  delayed: 'warning',
  active: 'info',
  completed: 'success',
  failed: 'error',
};

export const JobStateField = (_props: ColumnProps) => {
  const job = useRecordContext<AdminJob>();
  if (!job) return null;
  return <Chip size="small" label={jobStateLabel(job.state)} color={STATE_COLORS[job.state] ?? 'default'} />;
};
