import { DatePipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { map } from 'rxjs';

import { SessionStore } from '../../core/session/session.store';
import { LiveVideoService } from '../../core/videos/live-video.service';
import { VideoService } from '../../core/videos/video.service';
import { CompactNumberPipe, TimeAgoPipe } from '../../shared/format/format.pipes';
import { LoadErrorComponent } from '../../shared/load-error/load-error.component';
import { VideoPlayerComponent } from '../../shared/player/video-player.component';
import { ProcessingStatusComponent } from '../../shared/processing-status/processing-status.component';
import { VideoCardComponent } from '../../shared/video-card/video-card.component';
import { visibilityOption } from '../../shared/visibility/visibility-options';

/** Descriptions longer than this start folded, with "Show more". */
const FOLDED_DESCRIPTION = 280;
const MORE_VIDEOS = 8;

/** Only web links are shown as links; anything else (javascript:, data:) stays plain text. */
function isWebUrl(url: string | null): url is string {
  if (!url) return false;
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

@Component({
  selector: 'cs-watch-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTooltipModule,
    CompactNumberPipe,
    DatePipe,
    TimeAgoPipe,
    LoadErrorComponent,
    ProcessingStatusComponent,
    VideoCardComponent,
    VideoPlayerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './watch.page.html',
  styleUrl: './watch.page.scss',
})
export class WatchPage {
  private readonly live = inject(LiveVideoService);
  private readonly videos = inject(VideoService);
  private readonly session = inject(SessionStore);

  /** From the `:id` of the route. */
  readonly id = input.required<string>();

  protected readonly video = rxResource({
    params: () => this.id(),
    stream: ({ params: id }) => this.live.track(id),
  });
  protected readonly more = rxResource({
    params: () => this.id(),
    stream: ({ params: id }) =>
      this.videos
        .list({ sort: 'newest', pageSize: MORE_VIDEOS + 1 })
        .pipe(map((page) => page.items.filter((video) => video.id !== id).slice(0, MORE_VIDEOS))),
    defaultValue: [],
  });

  protected readonly missing = computed(() => {
    const error = this.video.error();
    if (!(error instanceof HttpErrorResponse)) return null;
    if (error.status === 404) return 'This video does not exist, or it has been deleted.';
    if (error.status === 403) return 'This video is private.';
    return null;
  });
  protected readonly isOwner = computed(() => {
    const user = this.session.user();
    return !!user && this.video.hasValue() && this.video.value().owner.id === user.id;
  });
  protected readonly visibility = computed(() =>
    this.video.hasValue() ? visibilityOption(this.video.value().visibility) : null,
  );
  protected readonly sourceLink = computed(() => {
    const url = this.video.hasValue() ? this.video.value().sourceUrl : null;
    return isWebUrl(url) ? { href: url, host: new URL(url).host } : null;
  });
  protected readonly descriptionOpen = signal(false);
  protected readonly longDescription = computed(
    () => this.video.hasValue() && this.video.value().description.length > FOLDED_DESCRIPTION,
  );

  constructor() {
    const title = inject(Title);
    effect(() => {
      if (this.video.hasValue()) title.setTitle(`${this.video.value().title} · Clipstream`);
    });
    effect(() => {
      this.id();
      this.descriptionOpen.set(false);
    });
  }
}
