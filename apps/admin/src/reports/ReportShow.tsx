import {
  DateField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { LinkedRecordField } from '../common/LinkedRecordField';
import { reportStatusChoices, reportTargetChoices } from './reportChoices';
import { ReportedVideoPreview } from './ReportedVideoPreview';
import { ReportTargetField } from './ReportTargetField';
import { ResolveReportButton } from './ResolveReportButton';
import type { AdminReport } from './types';
import type { ColumnProps } from '../common/types';

/** "Report on a video": the reason can be long, and is shown in full below. */
const ReportTitle = () => {
  const report = useRecordContext<AdminReport>();
  return <>{report ? `Report on a ${report.targetType}` : 'Report'}</>;
};

const ReportShowActions = () => (
  <TopToolbar>
    <ResolveReportButton />
  </TopToolbar>
);

/** The outcome, once there is one (it labels its own rows: SimpleShowLayout is told `label={false}`). */
const ReportOutcome = (_props: ColumnProps) => {
  const report = useRecordContext<AdminReport>();
  if (report?.status !== 'resolved') return null;
  return (
    <SimpleShowLayout sx={{ p: 0 }}>
      <TextField source="resolution" label="Resolution" sx={{ whiteSpace: 'pre-wrap' }} />
      <LinkedRecordField source="resolvedBy" reference="users" display="username" label="Resolved by" />
      <DateField source="resolvedAt" label="Resolved" showTime />
    </SimpleShowLayout>
  );
};

export const ReportShow = () => (
  <Show title={<ReportTitle />} actions={<ReportShowActions />}>
    <SimpleShowLayout>
      <SelectField source="status" label="Status" choices={reportStatusChoices} />
      <SelectField source="targetType" label="Reported" choices={reportTargetChoices} />
      <ReportTargetField label="Target" />
      <ReportedVideoPreview label={false} />
      <TextField source="reason" label="Reason" sx={{ whiteSpace: 'pre-wrap' }} />
      <LinkedRecordField source="reporter" reference="users" display="username" label="Reported by" />
      <DateField source="createdAt" label="Reported" showTime />
      <ReportOutcome label={false} />
    </SimpleShowLayout>
  </Show>
);
