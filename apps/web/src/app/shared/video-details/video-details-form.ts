import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { Visibility } from '@clipstream/contract';

import { VIDEO_DESCRIPTION_MAX, VIDEO_TITLE_MAX } from '../../core/videos/video.types';

/** What describes a video wherever one is uploaded or edited; its tags are a list beside the form. */
export interface VideoDetails {
  title: string;
  description: string;
  visibility: Visibility;
  category: string | null;
}

export type VideoDetailsForm = FormGroup<{
  title: FormControl<string>;
  description: FormControl<string>;
  visibility: FormControl<Visibility>;
  category: FormControl<string | null>;
}>;

const BLANK: VideoDetails = { title: '', description: '', visibility: 'public', category: null };

/** The API's limits, checked before a round trip; `reset()` goes back to `initial`. */
export function videoDetailsForm(initial: VideoDetails = BLANK): VideoDetailsForm {
  return new FormGroup({
    title: new FormControl(initial.title, {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(VIDEO_TITLE_MAX)],
    }),
    description: new FormControl(initial.description, {
      nonNullable: true,
      validators: Validators.maxLength(VIDEO_DESCRIPTION_MAX),
    }),
    visibility: new FormControl(initial.visibility, { nonNullable: true, validators: Validators.required }),
    category: new FormControl(initial.category, { nonNullable: true }),
  });
}
