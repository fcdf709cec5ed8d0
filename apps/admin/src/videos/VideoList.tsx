import {
  AutocompleteInput,
  BooleanField,
  Datagrid,
  DateField,
  ImageField,
  List,
  NullableBooleanInput,
  NumberField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
} from 'react-admin';
import { DurationField } from '../common/DurationField';
import { LinkedRecordField } from '../common/LinkedRecordField';
import { videoStatusChoices, visibilityChoices } from './videoChoices';

const videoFilters = [
  <SearchInput key="q" source="q" alwaysOn slotProps={{ htmlInput: { 'aria-label': 'Search videos' } }} />,
  <SelectInput key="status" source="status" label="Status" choices={videoStatusChoices} />,
  <SelectInput key="visibility" source="visibility" label="Visibility" choices={visibilityChoices} />,
  <NullableBooleanInput key="hidden" source="hidden" label="Hidden" trueLabel="Hidden" falseLabel="Shown" />,
  <ReferenceInput key="ownerId" source="ownerId" reference="users">
    <AutocompleteInput label="Owner" />
  </ReferenceInput>,
];

export const VideoList = () => (
  <List filters={videoFilters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
    {/* Deleting a video is one record at a time, from its page, after watching it. */}
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ImageField
        source="thumbnailUrl"
        label="Thumbnail"
        sortable={false}
        sx={{ '& .RaImageField-image': { width: 96, height: 54, objectFit: 'cover', m: 0 } }}
      />
      <TextField source="title" label="Title" />
      <LinkedRecordField source="owner" reference="users" display="username" label="Owner" sortable={false} />
      <SelectField source="status" label="Status" choices={videoStatusChoices} />
      <SelectField source="visibility" label="Visibility" choices={visibilityChoices} />
      <BooleanField source="hidden" label="Hidden" />
      <DurationField source="duration" label="Duration" />
      <NumberField source="views" label="Views" />
      <DateField source="createdAt" label="Uploaded" showTime />
    </Datagrid>
  </List>
);
