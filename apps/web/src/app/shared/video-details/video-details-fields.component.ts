import { booleanAttribute, ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { VIDEO_DESCRIPTION_MAX, VIDEO_TITLE_MAX } from '../../core/videos/video.types';
import { CategorySelectComponent } from '../category-select/category-select.component';
import { TagsInputComponent } from '../tags-input/tags-input.component';
import { VISIBILITY_OPTIONS } from '../visibility/visibility-options';
import type { VideoDetailsForm } from './video-details-form';

/**
 * The fields that describe a video, placed inside the page's own `<form>`: its submit, its errors and
 * its disabling reach them as if they were written there.
 */
@Component({
  selector: 'cs-video-details-fields',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    CategorySelectComponent,
    TagsInputComponent,
  ],
  // Checked with the page, as when these fields were part of its template: a submit of the page's form
  // must show their errors, and Material decides that only while a field is being checked.
  changeDetection: ChangeDetectionStrategy.Eager,
  template: `
    @let f = form();
    <mat-form-field>
      <mat-label>Title</mat-label>
      <input
        matInput
        [formControl]="f.controls.title"
        [attr.data-testid]="testIdPrefix() + '-title'"
        [maxlength]="titleMax"
        required
      />
      @if (titleCounter()) {
        <mat-hint align="end">{{ f.controls.title.value.length }} / {{ titleMax }}</mat-hint>
      }
      @if (f.controls.title.hasError('required')) {
        <mat-error>Give the video a title.</mat-error>
      }
    </mat-form-field>

    <mat-form-field>
      <mat-label>Description</mat-label>
      <textarea
        matInput
        [formControl]="f.controls.description"
        [attr.data-testid]="testIdPrefix() + '-description'"
        rows="4"
        [maxlength]="descriptionMax"
      ></textarea>
      <mat-hint align="end">{{ f.controls.description.value.length }} / {{ descriptionMax }}</mat-hint>
    </mat-form-field>

    <mat-form-field>
      <mat-label>Visibility</mat-label>
      <mat-select [formControl]="f.controls.visibility" [attr.data-testid]="testIdPrefix() + '-visibility'">
        @for (option of visibilities; track option.value) {
          <mat-option [value]="option.value">
            <mat-icon [svgIcon]="option.icon" aria-hidden="true" />
            {{ option.label }} · <span class="hint">{{ option.hint }}</span>
          </mat-option>
        }
      </mat-select>
    </mat-form-field>

    <cs-category-select [formControl]="f.controls.category" />

    <!-- the tags are no form control, so they follow the form's disabling here -->
    <cs-tags-input [(tags)]="tags" [disabled]="f.disabled" />
  `,
  styles: `
    /* the fields are laid out by the page's form, as its own children */
    :host {
      display: contents;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class VideoDetailsFieldsComponent {
  readonly form = input.required<VideoDetailsForm>();
  readonly tags = model.required<string[]>();
  /** "upload" gives the fields the test ids upload-title, upload-description and upload-visibility. */
  readonly testIdPrefix = input.required<string>();
  /** Counts the title's characters against its limit, as the description always does. */
  readonly titleCounter = input(false, { transform: booleanAttribute });

  protected readonly titleMax = VIDEO_TITLE_MAX;
  protected readonly descriptionMax = VIDEO_DESCRIPTION_MAX;
  protected readonly visibilities = VISIBILITY_OPTIONS;
}
