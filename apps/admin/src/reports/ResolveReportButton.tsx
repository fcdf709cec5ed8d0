import { useState } from 'react';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { useQueryClient } from '@tanstack/react-query';
import {
  Button,
  maxLength,
  minLength,
  required,
  SelectInput,
  TextInput,
  useNotify,
  useRecordContext,
  useUpdate,
} from 'react-admin';
import { FormDialog } from '../common/FormDialog';
import { resolveActionChoices } from './reportChoices';
import type { AdminReport, ResolveReportValues } from './types';

const validateResolution = [required('Say what was decided'), minLength(3), maxLength(1000)];

/** Closes an open report, with what was decided and what was done to its target (hide, delete, ban). */
export const ResolveReportButton = () => {
  const report = useRecordContext<AdminReport>();
  const [open, setOpen] = useState(false);
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  if (!report || report.status !== 'open') return null;

  const submit = ({ action, resolution }: ResolveReportValues) =>
    update(
      'reports',
      { id: report.id, data: { status: 'resolved', resolution, action }, previousData: report },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify('Report resolved; the reporter is told the outcome', { type: 'success' });
          // The action may have hidden, deleted or banned, and resolves the target's other open reports
          // too: what the panel shows of all those is stale now.
          for (const resource of ['reports', 'videos', 'comments', 'users', 'stats']) {
            void queryClient.invalidateQueries({ queryKey: [resource] });
          }
        },
        onError: (error) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
      },
    );

  return (
    <>
      <Button label="Resolve" aria-label="Resolve report" variant="contained" onClick={() => setOpen(true)}>
        <CheckCircleIcon />
      </Button>
      <FormDialog<ResolveReportValues>
        open={open}
        title="Resolve report"
        submitLabel="Resolve"
        submitIcon={<CheckCircleIcon />}
        isPending={isPending}
        defaultValues={{ action: 'none' }}
        onClose={() => setOpen(false)}
        onSubmit={submit}
      >
        <SelectInput
          source="action"
          label="Action"
          choices={resolveActionChoices(report.targetType)}
          validate={required()}
          fullWidth
        />
        <TextInput
          source="resolution"
          label="Resolution"
          multiline
          minRows={2}
          fullWidth
          validate={validateResolution}
          helperText="Sent to the reporter and kept in the audit log"
        />
      </FormDialog>
    </>
  );
};
