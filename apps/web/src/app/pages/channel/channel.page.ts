import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  linkedSignal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { PlaylistSummaryView, VideoView } from '@clipstream/contract';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';

import { ChannelService } from '../../core/channels/channel.service';
import { SessionStore } from '../../core/session/session.store';
import { sizedPictureSources } from '../../core/videos/thumbnail-sources';
import { CompactNumberPipe } from '../../shared/format/format.pipes';
import { LoadErrorComponent } from '../../shared/load-error/load-error.component';
import { InfiniteScrollDirective } from '../../shared/paging/infinite-scroll.directive';
import { PagedList } from '../../shared/paging/paged-list';
import { PlaylistCardComponent } from '../../shared/playlist-card/playlist-card.component';
import { SubscribeButtonComponent } from '../../shared/subscribe-button/subscribe-button.component';
import { VideoCardComponent } from '../../shared/video-card/video-card.component';

const PAGE_SIZE = 24;

@Component({
  selector: 'cs-channel-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTabsModule,
    CompactNumberPipe,
    InfiniteScrollDirective,
    LoadErrorComponent,
    PlaylistCardComponent,
    SubscribeButtonComponent,
    VideoCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './channel.page.html',
  styleUrl: './channel.page.scss',
})
export class ChannelPage {
  private readonly channels = inject(ChannelService);
  private readonly session = inject(SessionStore);

  /** From the `:username` of the route. */
  readonly username = input.required<string>();

  /** Asked again on sign-in or out: whether the viewer follows the channel comes with it. */
  protected readonly channel = rxResource({
    params: () => ({ username: this.username(), viewer: this.session.userId() }),
    stream: ({ params }) => this.channels.get(params.username),
  });
  protected readonly notFound = computed(() => {
    const error = this.channel.error();
    return error instanceof HttpErrorResponse && error.status === 404;
  });
  protected readonly isOwn = computed(() => this.session.user()?.username === this.username());
  protected readonly subscription = linkedSignal(() =>
    this.channel.hasValue()
      ? { subscribed: this.channel.value().subscribed, subscribers: this.channel.value().subscribers }
      : null,
  );
  protected readonly banner = computed(() =>
    this.channel.hasValue()
      ? sizedPictureSources(this.channel.value().banner, this.channel.value().bannerUrl)
      : null,
  );
  protected readonly avatar = computed(() =>
    this.channel.hasValue()
      ? sizedPictureSources(this.channel.value().avatar, this.channel.value().avatarUrl)
      : null,
  );
  protected readonly videos = new PagedList<VideoView>();
  protected readonly playlists = new PagedList<PlaylistSummaryView>();

  constructor() {
    const title = inject(Title);
    effect(() => {
      if (this.channel.hasValue()) title.setTitle(`${this.channel.value().displayName} · Clipstream`);
    });
    effect(() => {
      const username = this.username();
      // The owner sees their private playlists too.
      this.session.userId();
      untracked(() => {
        this.videos.reset((page) => this.channels.videos(username, page, PAGE_SIZE));
        this.playlists.reset((page) => this.channels.playlists(username, page, PAGE_SIZE));
      });
    });
    inject(DestroyRef).onDestroy(() => {
      this.videos.destroy();
      this.playlists.destroy();
    });
  }
}
