import { FormDataConsumer, maxLength, minLength, required, TextInput } from 'react-admin';
import type { AdminUser } from './types';

// The same bounds the server checks, so the form says so before the round trip.
const validateReason = [required('A ban needs a reason'), minLength(3), maxLength(500)];

/** Editable, and required, only while the user is marked as banned. */
export const BanReasonInput = () => (
  <FormDataConsumer<AdminUser>>
    {({ formData }) => (
      <TextInput
        source="banReason"
        label="Ban reason"
        multiline
        disabled={!formData.banned}
        validate={formData.banned ? validateReason : undefined}
        helperText="Required when banned"
      />
    )}
  </FormDataConsumer>
);
