import WorkIcon from '@mui/icons-material/Work';
import type { ResourceProps } from 'react-admin';
import { JobList } from './JobList';

export const jobs: ResourceProps = {
  name: 'jobs',
  list: JobList,
  icon: WorkIcon,
  recordRepresentation: (job: { id: string; name: string }) => `${job.name} (${job.id})`,
};
