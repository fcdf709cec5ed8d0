import { useState } from 'react';
import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import {
  Button,
  maxLength,
  minLength,
  required,
  TextInput,
  useNotify,
  useRecordContext,
  useUpdate,
} from 'react-admin';
import { FormDialog } from '../common/FormDialog';
import type { AdminVideo } from './types';

const validateHideReason = [required('Hiding needs a reason'), minLength(3), maxLength(1000)];

/** Hides a video from viewers (or shows it again), saying why; the server records it in the audit log. */
export const HideVideoButton = () => {
  const video = useRecordContext<AdminVideo>();
  const [open, setOpen] = useState(false);
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  if (!video) return null;
  const hiding = !video.hidden;
  const verb = hiding ? 'Hide video' : 'Unhide video';

  const submit = ({ reason }: { reason?: string }) =>
    update(
      'videos',
      { id: video.id, data: { hidden: hiding, hiddenReason: reason || null }, previousData: video },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify(hiding ? 'The video is hidden from viewers' : 'The video is visible again', {
            type: 'success',
          });
        },
        onError: (error) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
      },
    );

  return (
    <>
      <Button label={hiding ? 'Hide' : 'Unhide'} aria-label={verb} onClick={() => setOpen(true)}>
        {hiding ? <VisibilityOffIcon /> : <VisibilityIcon />}
      </Button>
      <FormDialog<{ reason?: string }>
        open={open}
        title={hiding ? `Hide “${video.title}”` : `Unhide “${video.title}”`}
        submitLabel={verb}
        isPending={isPending}
        onClose={() => setOpen(false)}
        onSubmit={submit}
      >
        <TextInput
          source="reason"
          label="Reason"
          multiline
          fullWidth
          validate={hiding ? validateHideReason : maxLength(1000)}
          helperText={hiding ? 'Kept in the audit log; the owner still sees the video' : 'Optional'}
        />
      </FormDialog>
    </>
  );
};
