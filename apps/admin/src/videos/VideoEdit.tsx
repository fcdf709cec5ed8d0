import { Edit, maxLength, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import type { AdminVideo } from './types';
import { visibilityChoices } from './videoChoices';

// The admin API updates only these; hiding has its own button, with a reason.
const toUpdate = ({ title, visibility }: AdminVideo) => ({ title, visibility });

export const VideoEdit = () => (
  <Edit transform={toUpdate} mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <TextInput source="title" label="Title" validate={[required(), maxLength(200)]} fullWidth />
      <SelectInput source="visibility" label="Visibility" choices={visibilityChoices} validate={required()} />
    </SimpleForm>
  </Edit>
);
