import { Box } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';

/** A JSON value (a job's payload, an audit entry's details) printed as indented text. */
export const JsonField = ({ source }: FieldProps & { source: string }) => {
  const value = useFieldValue({ source });
  if (value === null || value === undefined) return null;
  return (
    <Box component="pre" sx={{ m: 0, fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
      {JSON.stringify(value, null, 2)}
    </Box>
  );
};
