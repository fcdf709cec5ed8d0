import { Datagrid, DateField, List, NumberField, SearchInput, TextField } from 'react-admin';

const categoryFilters = [
  <SearchInput
    key="q"
    source="q"
    alwaysOn
    slotProps={{ htmlInput: { 'aria-label': 'Search categories' } }}
  />,
];

export const CategoryList = () => (
  <List filters={categoryFilters} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    {/* Deleting is one category at a time, from its page, where its videos are counted. */}
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="name" label="Name" />
      <TextField source="slug" label="Slug" />
      <NumberField source="videoCount" label="Videos" />
      <DateField source="createdAt" label="Created" showTime />
    </Datagrid>
  </List>
);
