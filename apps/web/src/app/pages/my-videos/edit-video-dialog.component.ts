import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import type { VideoView } from '@clipstream/contract';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { concatMap, Observable, of } from 'rxjs';

import { currentThumbnail } from '../../core/videos/thumbnail-sources';
import { VideoService } from '../../core/videos/video.service';
import type { VideoUpdate } from '../../core/videos/video.types';
import { FormErrorComponent } from '../../shared/form-error/form-error.component';
import { FormSubmission } from '../../shared/forms/form-submission';
import { videoDetailsForm } from '../../shared/video-details/video-details-form';
import { VideoDetailsFieldsComponent } from '../../shared/video-details/video-details-fields.component';
import { type ThumbnailChoice, ThumbnailPickerComponent } from './thumbnail-picker.component';

/** Edits a video's details and thumbnail; closes with the saved video, or nothing when cancelled. */
@Component({
  selector: 'cs-edit-video-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatProgressSpinnerModule,
    FormErrorComponent,
    ThumbnailPickerComponent,
    VideoDetailsFieldsComponent,
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
  `,
})
export class EditVideoDialogComponent {
  private readonly videos = inject(VideoService);
  private readonly dialog = inject<MatDialogRef<EditVideoDialogComponent, VideoView>>(MatDialogRef);
  protected readonly video = inject<VideoView>(MAT_DIALOG_DATA);

  protected readonly form = videoDetailsForm(this.video);
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
