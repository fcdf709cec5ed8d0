import { ChangeDetectionStrategy, Component, DestroyRef, inject } from '@angular/core';
import type { ChannelSummaryView, VideoView } from '@clipstream/contract';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { SubscriptionService } from '../../core/subscriptions/subscription.service';
import { AvatarComponent } from '../../shared/avatar/avatar.component';
import { LoadErrorComponent } from '../../shared/load-error/load-error.component';
import { InfiniteScrollDirective } from '../../shared/paging/infinite-scroll.directive';
import { PagedList } from '../../shared/paging/paged-list';
import { VideoCardComponent } from '../../shared/video-card/video-card.component';

const CHANNELS_PAGE_SIZE = 50;
const FEED_PAGE_SIZE = 24;

/** What the followed channels published, newest first, under the row of those channels. */
@Component({
  selector: 'cs-subscriptions-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    AvatarComponent,
    InfiniteScrollDirective,
    LoadErrorComponent,
    VideoCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './subscriptions.page.html',
  styleUrl: './subscriptions.page.scss',
})
export class SubscriptionsPage {
  private readonly subscriptions = inject(SubscriptionService);

  protected readonly channels = new PagedList<ChannelSummaryView>();
  protected readonly feed = new PagedList<VideoView>();

  constructor() {
    this.channels.reset((page) => this.subscriptions.following(page, CHANNELS_PAGE_SIZE));
    this.feed.reset((page) => this.subscriptions.feed(page, FEED_PAGE_SIZE));
    inject(DestroyRef).onDestroy(() => {
      this.channels.destroy();
      this.feed.destroy();
    });
  }
}
