import DownloadIcon from '@mui/icons-material/Download';
import type { ResourceProps } from 'react-admin';
import { DownloadList } from './DownloadList';

export const downloads: ResourceProps = {
  name: 'downloads',
  list: DownloadList,
  icon: DownloadIcon,
  recordRepresentation: (download: { title: string | null; id: string }) => download.title ?? download.id,
};
