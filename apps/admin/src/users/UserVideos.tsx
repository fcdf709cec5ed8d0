import {
  BooleanField,
  Datagrid,
  DateField,
  NumberField,
  Pagination,
  ReferenceManyField,
  SelectField,
  TextField,
} from 'react-admin';
import { videoStatusChoices, visibilityChoices } from '../videos/videoChoices';
import type { ColumnProps } from '../common/types';

/** The user's videos (the videos list filtered by `ownerId`), hidden and private ones included. */
export const UserVideos = (_props: ColumnProps) => (
  <ReferenceManyField
    reference="videos"
    target="ownerId"
    sort={{ field: 'createdAt', order: 'DESC' }}
    perPage={10}
    pagination={<Pagination />}
    empty={<p>No videos.</p>}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="title" label="Title" />
      <SelectField source="status" label="Status" choices={videoStatusChoices} />
      <SelectField source="visibility" label="Visibility" choices={visibilityChoices} />
      <BooleanField source="hidden" label="Hidden" />
      <NumberField source="views" label="Views" />
      <DateField source="createdAt" label="Uploaded" showTime />
    </Datagrid>
  </ReferenceManyField>
);
