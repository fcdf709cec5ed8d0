import {
  AutocompleteInput,
  BulkDeleteButton,
  Datagrid,
  DateField,
  DeleteButton,
  List,
  ReferenceInput,
  SearchInput,
  TextField,
} from 'react-admin';
import { LinkedRecordField } from '../common/LinkedRecordField';

const commentFilters = [
  <SearchInput key="q" source="q" alwaysOn slotProps={{ htmlInput: { 'aria-label': 'Search comments' } }} />,
  <ReferenceInput key="videoId" source="videoId" reference="videos">
    <AutocompleteInput label="Video" />
  </ReferenceInput>,
  <ReferenceInput key="authorId" source="authorId" reference="users">
    <AutocompleteInput label="Author" />
  </ReferenceInput>,
];

// Confirmed first and sent at once: a moderator clearing spam wants it gone now, not after an undo delay.
const CommentBulkActions = () => <BulkDeleteButton mutationMode="pessimistic" />;

export const CommentList = () => (
  <List filters={commentFilters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
    <Datagrid rowClick="show" bulkActionButtons={<CommentBulkActions />}>
      <TextField
        source="body"
        label="Comment"
        sortable={false}
        sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}
      />
      <LinkedRecordField
        source="author"
        reference="users"
        display="username"
        label="Author"
        sortable={false}
      />
      <LinkedRecordField source="video" reference="videos" display="title" label="Video" sortable={false} />
      <DateField source="createdAt" label="Posted" showTime />
      <DeleteButton mutationMode="pessimistic" aria-label="Delete comment" />
    </Datagrid>
  </List>
);
