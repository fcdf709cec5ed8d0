import { DatePipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { catchError, EMPTY, map } from 'rxjs';

import { CategoriesService } from '../../core/categories/categories.service';
import { ChannelService } from '../../core/channels/channel.service';
import { SessionStore } from '../../core/session/session.store';
import { LiveVideoService } from '../../core/videos/live-video.service';
import { VideoService } from '../../core/videos/video.service';
import { AvatarComponent } from '../../shared/avatar/avatar.component';
import { CompactNumberPipe, TimeAgoPipe } from '../../shared/format/format.pipes';
import { LoadErrorComponent } from '../../shared/load-error/load-error.component';
import { VideoPlayerComponent } from '../../shared/player/video-player.component';
import { ProcessingStatusComponent } from '../../shared/processing-status/processing-status.component';
import { SubscribeButtonComponent } from '../../shared/subscribe-button/subscribe-button.component';
import { VideoCardComponent } from '../../shared/video-card/video-card.component';
import { visibilityOption } from '../../shared/visibility/visibility-options';
import { CommentsSectionComponent } from './comments/comments-section.component';
import { RatingButtonsComponent } from './rating-buttons.component';
import { SaveToPlaylistComponent } from './save-to-playlist.component';

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
    AvatarComponent,
    CommentsSectionComponent,
    LoadErrorComponent,
    ProcessingStatusComponent,
    RatingButtonsComponent,
    SaveToPlaylistComponent,
    SubscribeButtonComponent,
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
  private readonly channels = inject(ChannelService);
  private readonly session = inject(SessionStore);
  protected readonly categories = inject(CategoriesService);

  /** From the `:id` of the route. */
  readonly id = input.required<string>();
  /** `?comment=`: a comment to show (the link of a notification). */
  readonly comment = input<string>();

  private readonly player = viewChild(VideoPlayerComponent);

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

  /** The owner's channel, for its subscriber count and whether the viewer follows it. */
  private readonly ownerUsername = computed(() =>
    this.video.hasValue() ? this.video.value().owner.username : null,
  );
  protected readonly channel = rxResource({
    params: () => {
      const username = this.ownerUsername();
      return username ? { username, viewer: this.session.userId() } : undefined;
    },
    // Without it the page still works: the subscribe button waits, the rest is there.
    stream: ({ params }) => this.channels.get(params.username).pipe(catchError(() => EMPTY)),
  });
  protected readonly subscription = linkedSignal(() =>
    this.channel.hasValue()
      ? { subscribed: this.channel.value().subscribed, subscribers: this.channel.value().subscribers }
      : null,
  );
  /** Counted views, updated by the answer to this viewer's own view. */
  protected readonly views = linkedSignal(() => (this.video.hasValue() ? this.video.value().views : 0));
  private countedView: string | null = null;

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
    this.categories.load();
    const title = inject(Title);
    effect(() => {
      if (this.video.hasValue()) title.setTitle(`${this.video.value().title} · Clipstream`);
    });
    effect(() => {
      this.id();
      this.descriptionOpen.set(false);
    });
    // One view per page visit, when playback first starts; the server decides whether it counts.
    effect(() => {
      const playing = this.player()?.paused() === false;
      const id = this.id();
      if (!playing || this.countedView === id) return;
      this.countedView = id;
      untracked(() =>
        this.videos.recordView(id).subscribe({
          next: ({ views }) => this.views.set(views),
          // An uncounted view is not worth interrupting the viewer for.
          error: () => undefined,
        }),
      );
    });
  }
}
