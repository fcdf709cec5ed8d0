import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';

import type { ResumableUpload } from '../../core/uploads/resumable-upload';
import { type UnfinishedUpload, UploadService } from '../../core/uploads/upload.service';
import { LiveVideoService } from '../../core/videos/live-video.service';
import { VIDEO_TITLE_MAX } from '../../core/videos/video.types';
import { BytesPipe, TimeAgoPipe } from '../../shared/format/format.pipes';
import { focusFirstInvalid } from '../../shared/forms/form-helpers';
import { ProcessingStatusComponent } from '../../shared/processing-status/processing-status.component';
import { videoDetailsForm } from '../../shared/video-details/video-details-form';
import { VideoDetailsFieldsComponent } from '../../shared/video-details/video-details-fields.component';
import { DropZoneComponent } from './drop-zone.component';
import { UploadProgressComponent } from './upload-progress.component';

/** "my_holiday.final.mp4" → "my_holiday.final": the name without its extension. */
function titleFromFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name).slice(0, VIDEO_TITLE_MAX);
}

@Component({
  selector: 'cs-upload-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    BytesPipe,
    TimeAgoPipe,
    DropZoneComponent,
    ProcessingStatusComponent,
    UploadProgressComponent,
    VideoDetailsFieldsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './upload.page.html',
  styleUrl: './upload.page.scss',
  host: { '(window:beforeunload)': 'warnBeforeLeaving($event)' },
})
export class UploadPage {
  private readonly uploads = inject(UploadService);
  private readonly live = inject(LiveVideoService);
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);

  protected readonly form = videoDetailsForm();
  protected readonly tags = signal<string[]>([]);
  protected readonly file = signal<File | null>(null);
  protected readonly fileMissing = signal(false);
  protected readonly upload = signal<ResumableUpload | null>(null);
  protected readonly unfinished = signal<UnfinishedUpload[]>([]);
  private titleFromFile = '';
  private readonly dropZone = viewChild(DropZoneComponent);

  /** Once the file is in, the video it became, followed live through the pipeline. */
  protected readonly video = rxResource({
    params: () => this.upload()?.videoId() ?? undefined,
    stream: ({ params: id }) => this.live.track(id),
  });

  constructor() {
    void this.uploads.unfinished().then((list) => this.unfinished.set(list));
    // Leaving the page stops the transfer; the same file continues it later.
    inject(DestroyRef).onDestroy(() => this.upload()?.pause());
  }

  /** Closing the tab mid-upload loses nothing, but say so before it happens. */
  protected warnBeforeLeaving(event: BeforeUnloadEvent): void {
    if (this.upload()?.state() === 'uploading') event.preventDefault();
  }

  protected choose(file: File): void {
    this.file.set(file);
    this.fileMissing.set(false);
    const title = this.form.controls.title;
    // The file name is only a default: a title typed by hand is kept.
    if (!title.value || title.value === this.titleFromFile) {
      this.titleFromFile = titleFromFileName(file.name);
      title.setValue(this.titleFromFile);
    }
  }

  protected start(): void {
    const file = this.file();
    this.fileMissing.set(!file);
    if (this.form.invalid || !file) {
      this.form.markAllAsTouched();
      if (file) focusFirstInvalid(this.host.nativeElement);
      else this.dropZone()?.focus();
      return;
    }
    const { title, description, visibility, category } = this.form.getRawValue();
    const upload = this.uploads.create(file, {
      title: title.trim(),
      description: description.trim(),
      visibility,
      tags: this.tags(),
      category,
    });
    this.form.disable();
    this.upload.set(upload);
    void upload.start();
  }

  protected async forget(entry: UnfinishedUpload): Promise<void> {
    await this.uploads.forget(entry);
    this.unfinished.update((list) => list.filter((item) => item.storageKey !== entry.storageKey));
  }

  /** Stops for good; the form keeps what was typed, so another file can go with it. */
  protected async cancel(upload: ResumableUpload): Promise<void> {
    await upload.cancel();
    this.upload.set(null);
    this.file.set(null);
    this.form.enable();
  }

  /** Back to an empty form for the next video. */
  protected reset(): void {
    this.upload.set(null);
    this.file.set(null);
    this.tags.set([]);
    this.titleFromFile = '';
    this.form.enable();
    this.form.reset();
    void this.uploads.unfinished().then((list) => this.unfinished.set(list));
  }
}
