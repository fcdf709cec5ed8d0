import {
  BooleanField,
  DateField,
  EmailField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
} from 'react-admin';
import { roleChoices } from './roleChoices';
import { UserComments } from './UserComments';
import { UserVideos } from './UserVideos';

export const UserShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="Account">
        <TextField source="id" label="Id" />
        <TextField source="username" label="Username" />
        <EmailField source="email" label="Email" />
        <TextField source="displayName" label="Display name" />
        <SelectField source="role" label="Role" choices={roleChoices} />
        <BooleanField source="banned" label="Banned" />
        <TextField source="banReason" label="Ban reason" emptyText="—" />
        <DateField source="createdAt" label="Created" showTime />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="Videos" path="videos">
        <UserVideos label={false} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="Comments" path="comments">
        <UserComments label={false} />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
