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
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { ChannelSummaryView, VideoView } from '@clipstream/contract';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';

import { CategoriesService } from '../../core/categories/categories.service';
import { SearchService } from '../../core/search/search.service';
import { CategorySelectComponent } from '../../shared/category-select/category-select.component';
import { ChannelRowComponent } from '../../shared/channel-row/channel-row.component';
import { LoadErrorComponent } from '../../shared/load-error/load-error.component';
import { InfiniteScrollDirective } from '../../shared/paging/infinite-scroll.directive';
import { PagedList } from '../../shared/paging/paged-list';
import { VideoCardComponent } from '../../shared/video-card/video-card.component';
import { cleanFilter, filterSuggestions, searchTab } from './search-filters';

const PAGE_SIZE = 24;

/**
 * `/search?q=&type=videos|channels&tag=&category=`: the search of the top bar, in two tabs. The URL holds
 * the whole search, so it can be shared, and Back returns to the previous one.
 */
@Component({
  selector: 'cs-search-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatTabsModule,
    CategorySelectComponent,
    ChannelRowComponent,
    InfiniteScrollDirective,
    LoadErrorComponent,
    VideoCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './search.page.html',
  styleUrl: './search.page.scss',
})
export class SearchPage {
  private readonly api = inject(SearchService);
  private readonly router = inject(Router);
  protected readonly categories = inject(CategoriesService);

  readonly q = input<string>();
  readonly type = input<string>();
  readonly tag = input<string>();
  readonly category = input<string>();

  protected readonly search = computed(() => this.q()?.trim() ?? '');
  protected readonly tab = computed(() => searchTab(this.type()));
  protected readonly tagFilter = computed(() => cleanFilter(this.tag()));
  protected readonly categoryFilter = computed(() => cleanFilter(this.category()));
  protected readonly heading = computed(() => (this.search() ? `Results for “${this.search()}”` : 'Search'));
  protected readonly videos = new PagedList<VideoView>();
  protected readonly channels = new PagedList<ChannelSummaryView>();
  protected readonly suggestions = computed(() =>
    filterSuggestions(this.videos.items(), { tag: this.tagFilter(), category: this.categoryFilter() }),
  );
  protected readonly tagInput = new FormControl('', { nonNullable: true });
  protected readonly categoryInput = new FormControl<string | null>(null);
  protected readonly filters = new FormGroup({ tag: this.tagInput, category: this.categoryInput });

  constructor() {
    effect(() => {
      const q = this.search() || undefined;
      const tag = this.tagFilter() || undefined;
      const category = this.categoryFilter() || undefined;
      untracked(() => {
        this.tagInput.setValue(tag ?? '');
        this.categoryInput.setValue(category ?? null, { emitEvent: false });
        this.videos.reset((page) =>
          this.api
            .search({ q, tag, category, type: 'videos', page, pageSize: PAGE_SIZE })
            .pipe(map((results) => results.videos)),
        );
      });
    });
    effect(() => {
      const q = this.search() || undefined;
      untracked(() =>
        this.channels.reset((page) =>
          this.api
            .search({ q, type: 'channels', page, pageSize: PAGE_SIZE })
            .pipe(map((results) => results.channels)),
        ),
      );
    });
    this.categories.load();
    // A choice from a list needs no Filter button; the typed tag goes along so it is not lost.
    this.categoryInput.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.applyFilters());
    inject(DestroyRef).onDestroy(() => {
      this.videos.destroy();
      this.channels.destroy();
    });
  }

  protected applyFilters(): void {
    this.filter({ tag: cleanFilter(this.tagInput.value), category: cleanFilter(this.categoryInput.value) });
  }

  /** Empty values drop a filter. */
  protected filter(filters: { tag?: string; category?: string }): void {
    const queryParams: Record<string, string | null> = {};
    for (const [key, value] of Object.entries(filters)) queryParams[key] = value || null;
    void this.router.navigate([], { queryParams, queryParamsHandling: 'merge' });
  }
}
