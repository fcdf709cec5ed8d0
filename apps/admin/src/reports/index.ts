import FlagIcon from '@mui/icons-material/Flag';
import type { ResourceProps } from 'react-admin';
import { ReportList } from './ReportList';
import { ReportShow } from './ReportShow';

export const reports: ResourceProps = {
  name: 'reports',
  list: ReportList,
  show: ReportShow,
  icon: FlagIcon,
};
