import {
  BooleanField,
  Datagrid,
  DateField,
  EmailField,
  List,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
} from 'react-admin';
import { roleChoices } from './roleChoices';

const userFilters = [
  <SearchInput key="q" source="q" alwaysOn slotProps={{ htmlInput: { 'aria-label': 'Search users' } }} />,
  <SelectInput key="role" source="role" label="Role" choices={roleChoices} />,
];

export const UserList = () => (
  <List filters={userFilters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
    <Datagrid rowClick="show">
      <TextField source="username" label="Username" />
      <EmailField source="email" label="Email" />
      <TextField source="displayName" label="Display name" />
      <SelectField source="role" label="Role" choices={roleChoices} />
      <BooleanField source="banned" label="Banned" />
      <DateField source="createdAt" label="Created" showTime />
    </Datagrid>
  </List>
);
