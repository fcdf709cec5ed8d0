import { DateField, DeleteButton, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { LinkedRecordField } from '../common/LinkedRecordField';

const CommentShowActions = () => (
  <TopToolbar>
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

export const CommentShow = () => (
  <Show actions={<CommentShowActions />}>
    <SimpleShowLayout>
      <TextField source="body" label="Comment" sx={{ whiteSpace: 'pre-wrap' }} />
      <LinkedRecordField source="author" reference="users" display="username" label="Author" />
      <LinkedRecordField source="video" reference="videos" display="title" label="Video" />
      <DateField source="createdAt" label="Posted" showTime />
      <TextField source="id" label="Id" />
    </SimpleShowLayout>
  </Show>
);
