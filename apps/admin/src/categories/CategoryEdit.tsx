import { Typography } from '@mui/material';
import {
  DeleteButton,
  Edit,
  Labeled,
  NumberField,
  SaveButton,
  SimpleForm,
  TextField,
  TextInput,
  Toolbar,
  useRecordContext,
} from 'react-admin';
import { validateCategoryName } from './categoryValidation';
import type { AdminCategory } from './types';

// Only the name can change: videos, links and filters name a category by its slug.
const toUpdate = ({ name }: AdminCategory) => ({ name });

/** A category goes only once no video uses it (the server refuses otherwise), so say why before trying. */
const CategoryEditToolbar = () => {
  const category = useRecordContext<AdminCategory>();
  const count = category?.videoCount ?? 0;
  const used = count > 0;
  return (
    <Toolbar sx={{ justifyContent: 'space-between', gap: 2 }}>
      <SaveButton />
      {used && (
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1, textAlign: 'right' }}>
          {count === 1 ? 'Used by 1 video: re-file it' : `Used by ${count} videos: re-file them`} under
          another category before deleting this one.
        </Typography>
      )}
      <DeleteButton disabled={!category || used} confirmTitle="Delete this category?" />
    </Toolbar>
  );
};

export const CategoryEdit = () => (
  // Pessimistic: the server may refuse (a name taken, a category in use), and the form should say so in place.
  <Edit transform={toUpdate} mutationMode="pessimistic">
    <SimpleForm toolbar={<CategoryEditToolbar />}>
      <Labeled label="Slug (fixed once created)">
        <TextField source="slug" />
      </Labeled>
      <Labeled label="Videos">
        <NumberField source="videoCount" />
      </Labeled>
      <TextInput source="name" label="Name" validate={validateCategoryName} />
    </SimpleForm>
  </Edit>
);
