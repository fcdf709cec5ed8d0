import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { VideoView } from '@clipstream/contract';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { concat, finalize, of } from 'rxjs';

import { apiErrorMessages } from '../../core/api/api-error';
import { SessionStore } from '../../core/session/session.store';
import { LiveVideoService } from '../../core/videos/live-video.service';
import { VideoService } from '../../core/videos/video.service';
import { VIDEO_TITLE_MAX } from '../../core/videos/video.types';
import { DurationPipe } from '../../shared/format/format.pipes';
import { formatTimecode } from '../../shared/format/timecode';
import { FormErrorComponent } from '../../shared/form-error/form-error.component';
import { LoadErrorComponent } from '../../shared/load-error/load-error.component';
import { VideoPlayerComponent } from '../../shared/player/video-player.component';
import { ProcessingStatusComponent } from '../../shared/processing-status/processing-status.component';
import { TimecodeFieldComponent } from '../../shared/timecode-field/timecode-field.component';
import { type ClipHandle, type ClipRange, initialRange, moveHandle } from './clip-range';
import { ClipTimelineComponent } from './clip-timeline.component';

@Component({
  selector: 'cs-clip-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatProgressSpinnerModule,
    DurationPipe,
    ClipTimelineComponent,
    FormErrorComponent,
    LoadErrorComponent,
    ProcessingStatusComponent,
    TimecodeFieldComponent,
    VideoPlayerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './clip.page.html',
  styleUrl: './clip.page.scss',
})
export class ClipPage {
  private readonly videos = inject(VideoService);
  private readonly live = inject(LiveVideoService);
  private readonly session = inject(SessionStore);

  /** The original's id, from the route. */
  readonly id = input.required<string>();

  private readonly player = viewChild(VideoPlayerComponent);
  protected readonly video = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.videos.get(params),
  });
  protected readonly duration = computed(() => {
    const fromApi = this.video.hasValue() ? this.video.value().duration : null;
    return fromApi || this.player()?.duration() || 0;
  });
  protected readonly currentTime = computed(() => this.player()?.currentTime() ?? 0);
  protected readonly isOwner = computed(
    () => this.video.hasValue() && this.video.value().owner.id === this.session.user()?.id,
  );

  protected readonly range = signal<ClipRange | null>(null);
  protected readonly title = signal('');
  protected readonly titleMax = VIDEO_TITLE_MAX;
  protected readonly previewing = signal(false);
  protected readonly submitting = signal(false);
  protected readonly errors = signal<string[]>([]);
  private readonly created = signal<VideoView | null>(null);

  /** The new clip, followed live through the pipeline: the POST's answer at once, then fresh state. */
  protected readonly clip = rxResource({
    params: () => this.created() ?? undefined,
    stream: ({ params: clip }) => this.live.follow(concat(of(clip), this.videos.get(clip.id)), clip.id),
  });

  private previewFrame = 0;

  constructor() {
    effect(() => {
      const duration = this.duration();
      if (duration > 0 && untracked(this.range) === null) this.range.set(initialRange(duration));
    });
    effect(() => {
      if (this.video.hasValue()) {
        const title = `Clip of ${this.video.value().title}`;
        untracked(() => this.title.set(title.slice(0, VIDEO_TITLE_MAX)));
      }
    });
    inject(DestroyRef).onDestroy(() => cancelAnimationFrame(this.previewFrame));
  }

  protected timecode(seconds: number): string {
    return formatTimecode(seconds);
  }

  /** A handle moved on the timeline: show that frame. */
  protected show(time: number): void {
    this.stopPreview();
    this.player()?.pause();
    this.player()?.seek(time);
  }

  protected setHandle(handle: ClipHandle, time: number): void {
    const range = this.range();
    if (!range) return;
    this.range.set(moveHandle(range, handle, time, this.duration()));
  }

  /** Plays the chosen stretch once, stopping at its end. */
  protected preview(): void {
    const player = this.player();
    const range = this.range();
    if (!player || !range) return;
    this.stopPreview();
    player.seek(range.start);
    player.play();
    this.previewing.set(true);
    const watch = () => {
      const end = this.range()?.end ?? range.end;
      if (player.currentTime() >= end || player.element().ended) {
        player.pause();
        player.seek(end);
        this.previewing.set(false);
        return;
      }
      if (player.element().paused && player.currentTime() > range.start + 0.2) {
        this.previewing.set(false);
        return;
      }
      this.previewFrame = requestAnimationFrame(watch);
    };
    this.previewFrame = requestAnimationFrame(watch);
  }

  protected stopPreview(): void {
    cancelAnimationFrame(this.previewFrame);
    if (this.previewing()) this.player()?.pause();
    this.previewing.set(false);
  }

  protected submit(): void {
    const range = this.range();
    if (!range || this.submitting()) return;
    this.stopPreview();
    this.submitting.set(true);
    this.errors.set([]);
    this.videos
      .createClip(this.id(), { start: range.start, end: range.end, title: this.title().trim() || undefined })
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: (clip) => this.created.set(clip),
        error: (error: unknown) => this.errors.set(apiErrorMessages(error)),
      });
  }

  protected another(): void {
    this.created.set(null);
  }
}
