import type { MouseEvent } from 'react';
import { Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext } from 'react-admin';
import type { ColumnProps } from '../common/types';

/** Target types the panel has a page for: the resource of each, and the page (categories have no show). */
const PAGE_OF: Record<string, { resource: string; type: 'show' | 'edit' }> = {
  user: { resource: 'users', type: 'show' },
  video: { resource: 'videos', type: 'show' },
  comment: { resource: 'comments', type: 'show' },
  report: { resource: 'reports', type: 'show' },
  category: { resource: 'categories', type: 'edit' },
};

/** What an action was done to, linked to it when the panel shows that kind of record. */
export const AuditTargetField = (_props: ColumnProps) => {
  const entry = useRecordContext<{ targetType: string; targetId: string }>();
  const createPath = useCreatePath();
  if (!entry) return null;
  const text = `${entry.targetType} ${entry.targetId}`;
  const page = PAGE_OF[entry.targetType];
  if (!page) {
    return (
      <Typography component="span" variant="body2">
        {text}
      </Typography>
    );
  }
  return (
    <Link
      to={createPath({ ...page, id: entry.targetId })}
      onClick={(event: MouseEvent) => event.stopPropagation()}
    >
      {text}
    </Link>
  );
};
