import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { PlaylistSummaryView, PlaylistView, Visibility } from '@clipstream/contract';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import {
  PLAYLIST_DESCRIPTION_MAX,
  PLAYLIST_TITLE_MAX,
  PlaylistService,
} from '../../core/playlists/playlist.service';
import { FormErrorComponent } from '../form-error/form-error.component';
import { FormSubmission } from '../forms/form-submission';
import { VISIBILITY_OPTIONS } from '../visibility/visibility-options';

/** A playlist to edit, or nothing to create one. */
export interface PlaylistDialogData {
  playlist?: Pick<PlaylistSummaryView, 'id' | 'title' | 'description' | 'visibility'>;
}

/** Creates or edits a playlist; closes with the saved playlist, or nothing when cancelled. */
@Component({
  selector: 'cs-playlist-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    FormErrorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ editing ? 'Edit playlist' : 'New playlist' }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <mat-form-field>
          <mat-label>Title</mat-label>
          <input
            matInput
            formControlName="title"
            required
            [maxlength]="titleMax"
            data-testid="playlist-title-input"
            cdkFocusInitial
          />
          <mat-hint align="end">{{ form.controls.title.value.length }} / {{ titleMax }}</mat-hint>
          @if (form.controls.title.hasError('required')) {
            <mat-error>Give the playlist a title.</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>Description</mat-label>
          <textarea
            matInput
            formControlName="description"
            rows="3"
            [maxlength]="descriptionMax"
            data-testid="playlist-description-input"
          ></textarea>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Visibility</mat-label>
          <mat-select formControlName="visibility" data-testid="playlist-visibility-select">
            @for (option of visibilities; track option.value) {
              <mat-option [value]="option.value">
                <mat-icon [svgIcon]="option.icon" aria-hidden="true" />
                {{ option.label }}
              </mat-option>
            }
          </mat-select>
          <mat-hint>{{ hintOf(form.controls.visibility.value) }}</mat-hint>
        </mat-form-field>
        <cs-form-error [messages]="submission.errors()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="submission.pending()" data-testid="playlist-save">
          {{ editing ? 'Save' : 'Create' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-dialog-content {
      display: flex;
      flex-direction: column;
      gap: 16px;
      padding-top: 8px !important;
    }
  `,
})
export class PlaylistDialogComponent {
  private readonly playlists = inject(PlaylistService);
  private readonly dialog = inject<MatDialogRef<PlaylistDialogComponent, PlaylistView>>(MatDialogRef);
  private readonly existing = inject<PlaylistDialogData>(MAT_DIALOG_DATA).playlist;

  protected readonly editing = !!this.existing;
  protected readonly titleMax = PLAYLIST_TITLE_MAX;
  protected readonly descriptionMax = PLAYLIST_DESCRIPTION_MAX;
  protected readonly visibilities = VISIBILITY_OPTIONS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: [this.existing?.title ?? '', [Validators.required, Validators.maxLength(PLAYLIST_TITLE_MAX)]],
    description: [this.existing?.description ?? '', Validators.maxLength(PLAYLIST_DESCRIPTION_MAX)],
    visibility: [this.existing?.visibility ?? ('private' as Visibility)],
  });
  protected readonly submission = new FormSubmission(this.form, inject(ElementRef));

  protected hintOf(visibility: Visibility): string {
    return VISIBILITY_OPTIONS.find((option) => option.value === visibility)?.hint ?? '';
  }

  protected save(): void {
    const title = this.form.controls.title.value.trim();
    if (!title) this.form.controls.title.setErrors({ required: true });
    const draft = {
      ...this.form.getRawValue(),
      title,
      description: this.form.controls.description.value.trim(),
    };
    this.submission.submit(
      () => (this.existing ? this.playlists.update(this.existing.id, draft) : this.playlists.create(draft)),
      (saved) => this.dialog.close(saved),
    );
  }
}
