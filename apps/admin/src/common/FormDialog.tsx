import { useId, type ReactNode } from 'react';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { Button, Form } from 'react-admin';

interface FormDialogProps<Values extends object> {
  open: boolean;
  title: string;
  /** The submit button's text, also its accessible name. */
  submitLabel: string;
  submitIcon?: ReactNode;
  isPending: boolean;
  defaultValues?: Partial<Values>;
  onClose(): void;
  onSubmit(values: Values): void;
  /** The react-admin inputs of the form. */
  children: ReactNode;
}

/** A small react-admin form in a dialog: for actions that need a word from the moderator (a reason…). */
export const FormDialog = <Values extends object>({
  open,
  title,
  submitLabel,
  submitIcon,
  isPending,
  defaultValues,
  onClose,
  onSubmit,
  children,
}: FormDialogProps<Values>) => {
  const titleId = useId();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      {/* Its own record: the form must not start from the record of the page it opens on. */}
      <Form record={defaultValues ?? {}} onSubmit={(values: object) => onSubmit(values as Values)}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>{children}</DialogContent>
        <DialogActions>
          <Button label="Cancel" onClick={onClose} disabled={isPending} />
          <Button label={submitLabel} type="submit" variant="contained" disabled={isPending}>
            {submitIcon}
          </Button>
        </DialogActions>
      </Form>
    </Dialog>
  );
};
