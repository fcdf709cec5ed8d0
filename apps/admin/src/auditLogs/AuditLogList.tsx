import {
  AutocompleteInput,
  Datagrid,
  DateField,
  List,
  ReferenceInput,
  SimpleShowLayout,
  TextField,
  TextInput,
} from 'react-admin';
import { JsonField } from '../common/JsonField';
import { LinkedRecordField } from '../common/LinkedRecordField';
import { AuditTargetField } from './AuditTargetField';

const auditLogFilters = [
  <TextInput key="action" source="action" label="Action" helperText="e.g. video.hide" alwaysOn />,
  <ReferenceInput key="actorId" source="actorId" reference="users" alwaysOn>
    <AutocompleteInput label="Moderator" />
  </ReferenceInput>,
];

const AuditDetails = () => (
  <SimpleShowLayout>
    <JsonField source="data" label="Details" />
  </SimpleShowLayout>
);

/** Who did what to which record, when and why: read-only, newest first. */
export const AuditLogList = () => (
  <List filters={auditLogFilters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={50} exporter={false}>
    <Datagrid
      rowClick="expand"
      expand={<AuditDetails />}
      isRowExpandable={(entry) => entry.data != null}
      bulkActionButtons={false}
    >
      <DateField source="createdAt" label="When" showTime />
      <LinkedRecordField source="actor" reference="users" display="username" label="Who" sortable={false} />
      <TextField source="action" label="What" />
      <AuditTargetField label="Target" sortable={false} />
      <TextField source="reason" label="Why" sortable={false} emptyText="—" />
    </Datagrid>
  </List>
);
