import { maxLength, regex, required } from 'react-admin';

// The bounds the server checks (admin-category.dto.ts), so the form says so before the round trip.
export const validateCategorySlug = [
  required(),
  maxLength(40),
  regex(/^[a-z0-9-]+$/, 'Only lowercase letters, digits and hyphens, e.g. travel-vlogs'),
];

export const validateCategoryName = [required(), maxLength(60)];
