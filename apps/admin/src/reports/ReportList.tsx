import { Datagrid, DateField, List, SelectField, SelectInput, TextField, useListContext } from 'react-admin';
import { LinkedRecordField } from '../common/LinkedRecordField';
import { reportTargetChoices } from './reportChoices';
import { ReportStatusTabs } from './ReportStatusTabs';
import { ReportTargetField } from './ReportTargetField';

const reportFilters = [
  <SelectInput key="targetType" source="targetType" label="Type" choices={reportTargetChoices} alwaysOn />,
];

const ReportGrid = () => {
  const { filterValues } = useListContext();
  const resolved = filterValues.status === 'resolved';
  return (
    <>
      <ReportStatusTabs />
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <DateField source="createdAt" label="Reported" showTime />
        <SelectField source="targetType" label="Type" choices={reportTargetChoices} />
        <ReportTargetField label="Target" sortable={false} />
        <TextField source="reason" label="Reason" sortable={false} />
        <LinkedRecordField
          source="reporter"
          reference="users"
          display="username"
          label="By"
          sortable={false}
        />
        {resolved && <TextField source="resolution" label="Resolution" sortable={false} />}
        {resolved && (
          <LinkedRecordField
            source="resolvedBy"
            reference="users"
            display="username"
            label="Resolved by"
            sortable={false}
          />
        )}
        {resolved && <DateField source="resolvedAt" label="Resolved" showTime />}
      </Datagrid>
    </>
  );
};

export const ReportList = () => (
  <List
    filters={reportFilters}
    filterDefaultValues={{ status: 'open' }}
    sort={{ field: 'createdAt', order: 'DESC' }}
    perPage={25}
  >
    <ReportGrid />
  </List>
);
