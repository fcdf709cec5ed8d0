import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { VideoView, Visibility } from '@clipstream/contract';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { concatMap, Observable, of } from 'rxjs';

import { currentThumbnail } from '../../core/videos/thumbnail-sources';
import { VideoService } from '../../core/videos/video.service';
import { VIDEO_DESCRIPTION_MAX, VIDEO_TITLE_MAX, type VideoUpdate } from '../../core/videos/video.types';
import { CategorySelectComponent } from '../../shared/category-select/category-select.component';
import { FormErrorComponent } from '../../shared/form-error/form-error.component';
import { FormSubmission } from '../../shared/forms/form-submission';
import { TagsInputComponent } from '../../shared/tags-input/tags-input.component';
import { VISIBILITY_OPTIONS } from '../../shared/visibility/visibility-options';
import { type ThumbnailChoice, ThumbnailPickerComponent } from './thumbnail-picker.component';

/** Edits a video's details and thumbnail; closes with the saved video, or nothing when cancelled. */
@Component({
  selector: 'cs-edit-video-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    CategorySelectComponent,
    FormErrorComponent,
    TagsInputComponent,
    ThumbnailPickerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './edit-video-dialog.component.html',
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 16px;
      padding-top: 8px !important;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class EditVideoDialogComponent {
  private readonly videos = inject(VideoService);
  private readonly dialog = inject<MatDialogRef<EditVideoDialogComponent, VideoView>>(MatDialogRef);
  protected readonly video = inject<VideoView>(MAT_DIALOG_DATA);

  protected readonly titleMax = VIDEO_TITLE_MAX;
  protected readonly descriptionMax = VIDEO_DESCRIPTION_MAX;
  protected readonly visibilities = VISIBILITY_OPTIONS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: [this.video.title, [Validators.required, Validators.maxLength(VIDEO_TITLE_MAX)]],
    description: [this.video.description, Validators.maxLength(VIDEO_DESCRIPTION_MAX)],
    visibility: [this.video.visibility as Visibility, Validators.required],
    category: [this.video.category],
  });
  protected readonly tags = signal([...this.video.tags]);
  protected readonly currentFrame = currentThumbnail(this.video)?.index ?? null;
  protected readonly thumbnail = signal<ThumbnailChoice | null>(null);
  protected readonly submission = new FormSubmission(this.form, inject(ElementRef));

  protected save(): void {
    const { title, description, visibility, category } = this.form.getRawValue();
    const changes: VideoUpdate = {
      title: title.trim(),
      description: description.trim(),
      visibility,
      category,
      tags: this.tags(),
    };
    const thumbnail = this.thumbnail();
    if (thumbnail?.kind === 'frame' && thumbnail.index !== this.currentFrame)
      changes.thumbnailIndex = thumbnail.index;

    this.submission.submit(
      () =>
        this.videos
          .update(this.video.id, changes)
          .pipe(
            concatMap((saved): Observable<VideoView> =>
              thumbnail?.kind === 'custom'
                ? this.videos.uploadThumbnail(saved.id, thumbnail.file)
                : of(saved),
            ),
          ),
      (saved) => this.dialog.close(saved),
    );
  }
}
