import {
  BooleanInput,
  Edit,
  Labeled,
  maxLength,
  required,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
} from 'react-admin';
import type { AdminUser } from './types';
import { BanReasonInput } from './BanReasonInput';
import { roleChoices } from './roleChoices';

// Send only what this form edits, and drop a stale reason once the ban is lifted.
const toUpdate = ({ displayName, role, banned, banReason }: AdminUser) => ({
  displayName,
  role,
  banned,
  banReason: banned ? banReason : null,
});

export const UserEdit = () => (
  // Pessimistic: the server may refuse (only an admin changes roles), and the form should say so in place.
  <Edit transform={toUpdate} mutationMode="pessimistic">
    <SimpleForm>
      <Labeled label="Username">
        <TextField source="username" />
      </Labeled>
      <Labeled label="Email">
        <TextField source="email" />
      </Labeled>
      <TextInput source="displayName" label="Display name" validate={[required(), maxLength(80)]} />
      <SelectInput source="role" label="Role" choices={roleChoices} validate={required()} />
      <BooleanInput source="banned" label="Banned" />
      <BanReasonInput />
    </SimpleForm>
  </Edit>
);
