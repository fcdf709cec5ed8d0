import ReplayIcon from '@mui/icons-material/Replay';
import {
  Datagrid,
  DateField,
  DeleteButton,
  List,
  NumberField,
  SelectInput,
  SimpleShowLayout,
  TextField,
  useRecordContext,
  WrapperField,
} from 'react-admin';
import { JsonField } from '../common/JsonField';
import { RecordActionButton } from '../common/RecordActionButton';
import { JobCountsPanel } from './JobCountsPanel';
import { jobStateChoices } from './jobChoices';
import { JobStateField } from './JobStateField';
import { QueueInput } from './QueueInput';
import type { AdminJob } from './types';

const jobFilters = [
  <QueueInput key="queue" source="queue" alwaysOn />,
  <SelectInput key="state" source="state" label="State" choices={jobStateChoices} alwaysOn />,
];

const JobDetails = () => (
  <SimpleShowLayout>
    <TextField source="failedReason" label="Error" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
    <TextField
      source="stacktrace"
      label="Stack"
      emptyText="—"
      sx={{ whiteSpace: 'pre-wrap', fontFamily: 'monospace', fontSize: 12 }}
    />
    <JsonField source="data" label="Payload" />
    <TextField source="id" label="Id" />
  </SimpleShowLayout>
);

/** Only a failed job can be retried. */
const RetryJobButton = () => {
  const job = useRecordContext<AdminJob>();
  if (job?.state !== 'failed') return null;
  return (
    <RecordActionButton
      action="retry"
      label="Retry"
      ariaLabel="Retry job"
      icon={<ReplayIcon />}
      successMessage="The job is queued again"
    />
  );
};

export const JobList = () => (
  <List filters={jobFilters} sort={{ field: 'timestamp', order: 'DESC' }} perPage={25}>
    <JobCountsPanel />
    {/* BullMQ lists jobs by time only: the other columns are not sortable. */}
    <Datagrid rowClick="expand" expand={<JobDetails />} bulkActionButtons={false}>
      <TextField source="queue" label="Queue" sortable={false} />
      <TextField source="name" label="Name" sortable={false} />
      <JobStateField label="State" sortable={false} />
      <NumberField source="attemptsMade" label="Attempts" sortable={false} />
      <DateField source="timestamp" label="Created" showTime />
      <DateField source="finishedOn" label="Finished" showTime sortable={false} emptyText="—" />
      <TextField
        source="failedReason"
        label="Error"
        sortable={false}
        emptyText=""
        sx={{
          color: 'error.main',
          display: 'block',
          maxWidth: 360,
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          whiteSpace: 'nowrap',
        }}
      />
      <WrapperField label={false} textAlign="right">
        <RetryJobButton />
        <DeleteButton mutationMode="pessimistic" label="Remove" aria-label="Remove job" />
      </WrapperField>
    </Datagrid>
  </List>
);
