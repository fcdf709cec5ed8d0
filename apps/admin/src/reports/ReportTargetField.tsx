import type { MouseEvent } from 'react';
import { Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext } from 'react-admin';
import type { AdminReport } from './types';
import type { ColumnProps } from '../common/types';

const EXCERPT_LENGTH = 80;

const excerpt = (text: string) => (text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text);

/** The reported video (its title) or comment (its text), linked to its page in the panel. */
export const ReportTargetField = (_props: ColumnProps) => {
  const report = useRecordContext<AdminReport>();
  const createPath = useCreatePath();
  if (!report) return null;
  if (!report.target) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        Deleted {report.targetType}
      </Typography>
    );
  }
  const resource = report.targetType === 'video' ? 'videos' : 'comments';
  return (
    <Link
      to={createPath({ resource, id: report.targetId, type: 'show' })}
      onClick={(event: MouseEvent) => event.stopPropagation()}
    >
      {excerpt(report.target.title ?? report.target.body ?? report.targetId)}
    </Link>
  );
};
