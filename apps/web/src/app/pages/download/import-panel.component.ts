import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { Visibility, VideoView } from '@clipstream/contract';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { concat, finalize, of } from 'rxjs';

import { apiErrorMessages } from '../../core/api/api-error';
import type { SourceInspection } from '../../core/downloads/download.types';
import { LiveVideoService } from '../../core/videos/live-video.service';
import { VideoService } from '../../core/videos/video.service';
import { VIDEO_TITLE_MAX } from '../../core/videos/video.types';
import { CategorySelectComponent } from '../../shared/category-select/category-select.component';
import { ShortTimecodePipe } from '../../shared/format/format.pipes';
import { FormErrorComponent } from '../../shared/form-error/form-error.component';
import { ProcessingStatusComponent } from '../../shared/processing-status/processing-status.component';
import { VISIBILITY_OPTIONS } from '../../shared/visibility/visibility-options';
import type { ClipRange } from '../clip/clip-range';

type ImportScope = 'whole' | 'segment';

/**
 * Makes the source (or the segment being edited) a video of the person's own channel, then follows it
 * through the pipeline.
 */
@Component({
  selector: 'cs-import-panel',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatRadioModule,
    MatSelectModule,
    ShortTimecodePipe,
    CategorySelectComponent,
    FormErrorComponent,
    ProcessingStatusComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 id="import-title">Import to my channel</h2>
    @if (imported.value(); as video) {
      <cs-processing-status [video]="video" (retried)="imported.reload()" />
      <div class="row">
        <a mat-stroked-button routerLink="/my-videos" data-testid="import-my-videos">Go to your videos</a>
        <button mat-button type="button" (click)="created.set(null)">Import something else</button>
      </div>
    } @else {
      <p class="intro">
        Publish it as a video of your channel, streamed like your uploads. Its source and uploader are shown
        on its page.
      </p>
      <form
        class="form"
        novalidate
        aria-labelledby="import-title"
        (submit)="$event.preventDefault(); submit()"
      >
        <mat-radio-group
          class="scope"
          aria-label="What to import"
          [value]="scope()"
          (change)="scope.set($event.value)"
        >
          <mat-radio-button value="whole" data-testid="import-whole">The whole video</mat-radio-button>
          <mat-radio-button value="segment" data-testid="import-segment">
            {{ segmentLabel() }} ({{ segment().start | shortTimecode }}–{{ segment().end | shortTimecode }})
          </mat-radio-button>
        </mat-radio-group>
        <div class="fields">
          <mat-form-field class="title">
            <mat-label>Title</mat-label>
            <input
              matInput
              data-testid="import-title"
              [attr.maxlength]="titleMax"
              [value]="title()"
              (input)="title.set($any($event.target).value)"
            />
          </mat-form-field>
          <mat-form-field class="visibility">
            <mat-label>Visibility</mat-label>
            <mat-select
              data-testid="import-visibility"
              [value]="visibility()"
              (valueChange)="visibility.set($event)"
            >
              @for (option of visibilities; track option.value) {
                <mat-option [value]="option.value">{{ option.label }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <cs-category-select [formControl]="category" />
        </div>
        <cs-form-error [messages]="errors()" />
        <button
          mat-flat-button
          type="submit"
          class="submit"
          data-testid="import-button"
          [disabled]="submitting()"
        >
          @if (submitting()) {
            <mat-spinner diameter="20" aria-label="Importing" />
          } @else {
            <mat-icon svgIcon="cloud-upload" aria-hidden="true" />
          }
          Import
        </button>
      </form>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .intro {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .form {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .scope {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
      margin-left: -8px;
    }
    .fields {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .submit {
      align-self: flex-start;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    @media (max-width: 599px) {
      .submit {
        align-self: stretch;
      }
    }
  `,
})
export class ImportPanelComponent {
  private readonly videos = inject(VideoService);
  private readonly live = inject(LiveVideoService);

  /** The address as it was inspected. */
  readonly url = input.required<string>();
  readonly source = input.required<SourceInspection>();
  /** The segment being edited, offered instead of the whole video. */
  readonly segment = input.required<ClipRange>();
  readonly segmentLabel = input('The selected segment');

  protected readonly titleMax = VIDEO_TITLE_MAX;
  protected readonly visibilities = VISIBILITY_OPTIONS;
  protected readonly scope = signal<ImportScope>('whole');
  /** The source's title until one is typed; a new source brings its own. */
  protected readonly title = linkedSignal(() => this.source().title.slice(0, VIDEO_TITLE_MAX));
  protected readonly visibility = signal<Visibility>('public');
  /** A slug, or null for none; a form control because the shared select is one. */
  protected readonly category = new FormControl<string | null>(null);
  protected readonly submitting = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly created = linkedSignal<SourceInspection, VideoView | null>({
    source: this.source,
    computation: () => null,
  });

  /** The new video followed live: the POST's answer at once, then fresh states. */
  protected readonly imported = rxResource({
    params: () => this.created() ?? undefined,
    stream: ({ params: video }) => this.live.follow(concat(of(video), this.videos.get(video.id)), video.id),
  });

  private readonly range = computed(() =>
    this.scope() === 'segment' ? { start: this.segment().start, end: this.segment().end } : {},
  );

  protected submit(): void {
    if (this.submitting()) return;
    const title = this.title().trim();
    if (!title) {
      this.errors.set(['Give the video a title.']);
      return;
    }
    const category = this.category.value;
    this.submitting.set(true);
    this.errors.set([]);
    this.videos
      .importUrl({
        url: this.url(),
        ...this.range(),
        title,
        visibility: this.visibility(),
        // none chosen: left out, so the video is filed under none
        ...(category ? { category } : {}),
      })
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: (video) => this.created.set(video),
        error: (error: unknown) => this.errors.set(apiErrorMessages(error)),
      });
  }
}
