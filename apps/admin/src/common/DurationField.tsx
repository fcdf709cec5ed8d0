import { FunctionField, type FieldProps } from 'react-admin';
import { formatDuration } from './format';

export const DurationField = ({ source, ...props }: FieldProps & { source: string }) => (
  <FunctionField
    {...props}
    source={source}
    render={(record) => (typeof record[source] === 'number' ? formatDuration(record[source]) : '—')}
  />
);
