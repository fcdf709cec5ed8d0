import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import type { VideoView } from '@clipstream/contract';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';

import { SessionStore } from '../../core/session/session.store';
import { VideoService } from '../../core/videos/video.service';
import { VIDEO_SORTS, type VideoSort } from '../../core/videos/video.types';
import { LoadErrorComponent } from '../../shared/load-error/load-error.component';
import { InfiniteScrollDirective } from '../../shared/paging/infinite-scroll.directive';
import { PagedList } from '../../shared/paging/paged-list';
import { VideoCardComponent } from '../../shared/video-card/video-card.component';

const PAGE_SIZE = 24;

@Component({
  selector: 'cs-home-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    MatProgressBarModule,
    InfiniteScrollDirective,
    LoadErrorComponent,
    VideoCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home.page.html',
  styleUrl: './home.page.scss',
})
export class HomePage {
  private readonly videoService = inject(VideoService);
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);

  /** The search text, from the `?q=` of the URL (router input binding). */
  readonly q = input<string>();
  /** `?tag=`: the videos with one tag (the tag links of a watch page). */
  readonly tag = input<string>();
  /** `?sort=newest|popular`; anything else reads as newest. */
  readonly sort = input<string>();

  protected readonly search = computed(() => this.q()?.trim() ?? '');
  protected readonly tagFilter = computed(() => this.tag()?.trim() ?? '');
  protected readonly order = computed<VideoSort>(
    () => VIDEO_SORTS.find((sort) => sort === this.sort()) ?? 'newest',
  );
  protected readonly heading = computed(() => {
    const q = this.search();
    const tag = this.tagFilter();
    if (q) return `Results for “${q}”${tag ? ` tagged #${tag}` : ''}`;
    if (tag) return `Videos tagged #${tag}`;
    return this.order() === 'popular' ? 'Popular videos' : 'Latest videos';
  });
  protected readonly videos = new PagedList<VideoView>();

  constructor() {
    effect(() => {
      const q = this.search() || undefined;
      const tag = this.tagFilter() || undefined;
      const sort = this.order();
      untracked(() =>
        this.videos.reset((page) => this.videoService.list({ q, tag, sort, page, pageSize: PAGE_SIZE })),
      );
    });
    inject(DestroyRef).onDestroy(() => this.videos.destroy());
  }

  protected chooseSort(sort: VideoSort): void {
    void this.router.navigate([], {
      queryParams: { sort: sort === 'newest' ? null : sort },
      queryParamsHandling: 'merge',
    });
  }
}
