import type { ReactElement } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, useDataProvider, useNotify, useRecordContext, useResourceContext } from 'react-admin';
import type { AdminDataProvider } from '../dataProvider';

interface RecordActionButtonProps {
  /** The path segment after the record's id: `POST /api/admin/{resource}/{id}/{action}`. */
  action: string;
  label: string;
  ariaLabel: string;
  icon: ReactElement;
  successMessage: string;
}

/** A button that runs one of the admin API's record actions, then reloads the resource's views. */
export const RecordActionButton = ({
  action,
  label,
  ariaLabel,
  icon,
  successMessage,
}: RecordActionButtonProps) => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const dataProvider = useDataProvider<AdminDataProvider>();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.runAction(resource!, record!.id, action),
    onSuccess: () => {
      notify(successMessage, { type: 'success' });
      return queryClient.invalidateQueries({ queryKey: [resource] });
    },
    onError: (error: Error) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
  });
  if (!record || !resource) return null;
  return (
    <Button
      label={label}
      aria-label={ariaLabel}
      disabled={isPending}
      onClick={(event) => {
        // Inside a clickable list row: run the action, do not open the record.
        event.stopPropagation();
        mutate();
      }}
    >
      {icon}
    </Button>
  );
};
