import {
  AutocompleteInput,
  Datagrid,
  DateField,
  DeleteButton,
  List,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleShowLayout,
  TextField,
  UrlField,
  WrapperField,
} from 'react-admin';
import { BytesField } from '../common/BytesField';
import { LinkedRecordField } from '../common/LinkedRecordField';
import { CancelDownloadButton } from './CancelDownloadButton';
import { downloadStatusChoices } from './downloadChoices';
import { DownloadProgressField } from './DownloadProgressField';

const downloadFilters = [
  <SearchInput key="q" source="q" alwaysOn slotProps={{ htmlInput: { 'aria-label': 'Search downloads' } }} />,
  <SelectInput key="status" source="status" label="Status" choices={downloadStatusChoices} />,
  <ReferenceInput key="userId" source="userId" reference="users">
    <AutocompleteInput label="User" />
  </ReferenceInput>,
];

const DownloadDetails = () => (
  <SimpleShowLayout>
    <UrlField source="url" label="Source" target="_blank" rel="noopener noreferrer" />
    <TextField source="error" label="Error" emptyText="—" />
    <TextField source="id" label="Id" />
  </SimpleShowLayout>
);

export const DownloadList = () => (
  <List filters={downloadFilters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
    <Datagrid expand={<DownloadDetails />} bulkActionButtons={false}>
      <TextField source="title" label="Title" emptyText="(untitled)" />
      <LinkedRecordField source="user" reference="users" display="username" label="User" sortable={false} />
      <SelectField source="status" label="Status" choices={downloadStatusChoices} />
      <DownloadProgressField label="Progress" sortable={false} />
      <BytesField source="fileSize" label="Size" />
      <DateField source="createdAt" label="Requested" showTime />
      <DateField source="expiresAt" label="Expires" showTime sortable={false} emptyText="—" />
      <WrapperField label={false} textAlign="right">
        <CancelDownloadButton />
        <DeleteButton mutationMode="pessimistic" aria-label="Delete download" />
      </WrapperField>
    </Datagrid>
  </List>
);
