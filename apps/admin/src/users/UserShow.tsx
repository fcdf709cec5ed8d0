import {
  BooleanField,
  DateField,
  EmailField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { roleChoices } from './roleChoices';

export const UserShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" label="Id" />
      <TextField source="username" label="Username" />
      <EmailField source="email" label="Email" />
      <TextField source="displayName" label="Display name" />
      <SelectField source="role" label="Role" choices={roleChoices} />
      <BooleanField source="banned" label="Banned" />
      <TextField source="banReason" label="Ban reason" emptyText="—" />
      <DateField source="createdAt" label="Created" showTime />
    </SimpleShowLayout>
  </Show>
);
