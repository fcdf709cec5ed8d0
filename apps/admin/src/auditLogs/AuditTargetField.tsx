import type { MouseEvent } from 'react';
import { Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext } from 'react-admin';
import type { ColumnProps } from '../common/types';

/** Target types the panel has a page for, and the resource of each. */
const RESOURCE_OF: Record<string, string> = {
  user: 'users',
  video: 'videos',
  comment: 'comments',
  report: 'reports',
};

/** What an action was done to, linked to it when the panel shows that kind of record. */
export const AuditTargetField = (_props: ColumnProps) => {
  const entry = useRecordContext<{ targetType: string; targetId: string }>();
  const createPath = useCreatePath();
  if (!entry) return null;
  const text = `${entry.targetType} ${entry.targetId}`;
  const resource = RESOURCE_OF[entry.targetType];
  if (!resource) {
    return (
      <Typography component="span" variant="body2">
        {text}
      </Typography>
    );
  }
  return (
    <Link
      to={createPath({ resource, id: entry.targetId, type: 'show' })}
      onClick={(event: MouseEvent) => event.stopPropagation()}
    >
      {text}
    </Link>
  );
};
