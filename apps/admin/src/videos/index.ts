import VideoLibraryIcon from '@mui/icons-material/VideoLibrary';
import type { ResourceProps } from 'react-admin';
import { VideoEdit } from './VideoEdit';
import { VideoList } from './VideoList';
import { VideoShow } from './VideoShow';

export const videos: ResourceProps = {
  name: 'videos',
  list: VideoList,
  show: VideoShow,
  edit: VideoEdit,
  icon: VideoLibraryIcon,
  recordRepresentation: 'title',
};
