import {
  BulkDeleteButton,
  Datagrid,
  DateField,
  Pagination,
  ReferenceManyField,
  TextField,
} from 'react-admin';
import { LinkedRecordField } from '../common/LinkedRecordField';
import type { ColumnProps } from '../common/types';

/** The user's comments (the comments list filtered by `authorId`), to clear a spammer's in one go. */
export const UserComments = (_props: ColumnProps) => (
  <ReferenceManyField
    reference="comments"
    target="authorId"
    sort={{ field: 'createdAt', order: 'DESC' }}
    perPage={10}
    pagination={<Pagination />}
    empty={<p>No comments.</p>}
  >
    <Datagrid rowClick="show" bulkActionButtons={<BulkDeleteButton mutationMode="pessimistic" />}>
      <TextField source="body" label="Comment" sortable={false} />
      <LinkedRecordField source="video" reference="videos" display="title" label="Video" sortable={false} />
      <DateField source="createdAt" label="Posted" showTime />
    </Datagrid>
  </ReferenceManyField>
);
