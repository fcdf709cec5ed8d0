import type { MouseEvent } from 'react';
import { Typography } from '@mui/material';
import { Link, useCreatePath, useFieldValue, type FieldProps, type Identifier } from 'react-admin';

interface LinkedRecordFieldProps extends FieldProps {
  source: string;
  /** The resource the embedded record belongs to, e.g. `users` for a video's `owner`. */
  reference: string;
  /** The embedded record's property to show, e.g. `username`. */
  display: string;
}

type EmbeddedRecord = { id: Identifier } & Record<string, unknown>;

const isEmbeddedRecord = (value: unknown): value is EmbeddedRecord =>
  typeof value === 'object' && value !== null && 'id' in value;

/**
 * An embedded `{ id, … }` (a video's owner, a comment's video) as a link to its show page. The admin API
 * embeds what a row needs, so this costs no extra request where a ReferenceField would make one.
 */
export const LinkedRecordField = ({ source, reference, display }: LinkedRecordFieldProps) => {
  const value: unknown = useFieldValue({ source });
  const createPath = useCreatePath();
  if (!isEmbeddedRecord(value)) {
    return (
      <Typography component="span" variant="body2">
        {value ? String(value) : '—'}
      </Typography>
    );
  }
  return (
    <Link
      to={createPath({ resource: reference, id: value.id, type: 'show' })}
      // Inside a clickable list row: follow this link, not the row's.
      onClick={(event: MouseEvent) => event.stopPropagation()}
    >
      {String(value[display] ?? value.id)}
    </Link>
  );
};
