import { PICTURE_TYPES } from '../../core/profile/profile.service';

/** The API refuses larger pictures; saying so before the upload saves the wait. */
export const PICTURE_MAX_BYTES = 10 * 1024 * 1024;

/** Why a chosen file cannot be an avatar or banner, or null when it can be sent. */
export function pictureProblem(file: Pick<File, 'type' | 'size'>): string | null {
  if (!PICTURE_TYPES.split(',').includes(file.type)) return 'Choose a JPEG, PNG or WebP picture.';
  if (file.size > PICTURE_MAX_BYTES) return 'This picture is larger than 10 MB. Choose a smaller one.';
  if (file.size === 0) return 'This file is empty. Choose another picture.';
  return null;
}
