import { Create, SimpleForm, TextInput } from 'react-admin';
import { validateCategoryName, validateCategorySlug } from './categoryValidation';

export const CategoryCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <TextInput source="name" label="Name" validate={validateCategoryName} helperText="What viewers read" />
      <TextInput
        source="slug"
        label="Slug"
        validate={validateCategorySlug}
        // what is typed is what the server keeps: it lowercases slugs too
        parse={(value: string) => value.toLowerCase()}
        helperText="Names the category in links and on videos; it cannot be changed later"
      />
    </SimpleForm>
  </Create>
);
