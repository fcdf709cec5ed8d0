import type { Visibility } from '@clipstream/contract';

export interface VisibilityOption {
  value: Visibility;
  label: string;
  hint: string;
  icon: string;
}

/** The visibilities as the forms offer them, with what each one means. */
export const VISIBILITY_OPTIONS: readonly VisibilityOption[] = [
  { value: 'public', label: 'Public', hint: 'Everyone can find and watch it', icon: 'public' },
  { value: 'unlisted', label: 'Unlisted', hint: 'Anyone with the link can watch it', icon: 'link' },
  { value: 'private', label: 'Private', hint: 'Only you can watch it', icon: 'lock' },
];

export function visibilityOption(value: Visibility): VisibilityOption {
  return VISIBILITY_OPTIONS.find((option) => option.value === value) ?? VISIBILITY_OPTIONS[0];
}
