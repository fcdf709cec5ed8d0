import CommentIcon from '@mui/icons-material/Comment';
import type { ResourceProps } from 'react-admin';
import { CommentList } from './CommentList';
import { CommentShow } from './CommentShow';

const EXCERPT_LENGTH = 40;

export const comments: ResourceProps = {
  name: 'comments',
  list: CommentList,
  show: CommentShow,
  icon: CommentIcon,
  recordRepresentation: (comment: { body: string }) =>
    comment.body.length > EXCERPT_LENGTH ? `${comment.body.slice(0, EXCERPT_LENGTH)}…` : comment.body,
};
