import { FunctionField, type FieldProps } from 'react-admin';
import { formatBytes } from './format';

export const BytesField = ({ source, ...props }: FieldProps & { source: string }) => (
  <FunctionField
    {...props}
    source={source}
    render={(record) => (typeof record[source] === 'number' ? formatBytes(record[source]) : '—')}
  />
);
