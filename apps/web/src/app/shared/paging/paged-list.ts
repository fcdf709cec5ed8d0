import { computed, signal } from '@angular/core';
import type { Page } from '@clipstream/contract';
import { Observable, Subscription } from 'rxjs';

/** Fetches page `page` (1-based) of a list. */
export type PageFetcher<T> = (page: number) => Observable<Page<T>>;

/**
 * A list that grows one page at a time (infinite scroll). A new query replaces the list and cancels
 * a request still in flight, so a slow answer to an old search never shows up under a new one.
 */
export class PagedList<T extends { id: string }> {
  private fetcher: PageFetcher<T> | null = null;
  private request: Subscription | null = null;
  private loadedPages = 0;
  private readonly itemsSignal = signal<T[]>([]);
  private readonly totalSignal = signal(0);
  private readonly loadingSignal = signal(false);
  private readonly errorSignal = signal<unknown>(null);
  private readonly loadedSignal = signal(false);

  readonly items = this.itemsSignal.asReadonly();
  readonly total = this.totalSignal.asReadonly();
  readonly loading = this.loadingSignal.asReadonly();
  readonly error = this.errorSignal.asReadonly();
  /** True once the first page has arrived (to tell "empty" from "not loaded yet"). */
  readonly loaded = this.loadedSignal.asReadonly();
  readonly hasMore = computed(() => this.itemsSignal().length < this.totalSignal());

  /** Starts over with another query. */
  reset(fetcher: PageFetcher<T>): void {
    this.fetcher = fetcher;
    this.loadedPages = 0;
    this.itemsSignal.set([]);
    this.totalSignal.set(0);
    this.loadedSignal.set(false);
    this.fetch();
  }

  loadMore(): void {
    if (this.loadingSignal() || this.errorSignal() || !this.hasMore()) return;
    this.fetch();
  }

  /** After an error: asks again for the page that failed. */
  retry(): void {
    this.errorSignal.set(null);
    this.fetch();
  }

  /** Changes items in place (live progress, an edit), keeping their order. */
  update(change: (item: T) => T): void {
    this.itemsSignal.update((items) => items.map(change));
  }

  /** Puts items that were just created first, counted in the total; ones already listed are left where they are. */
  prepend(items: readonly T[]): void {
    const seen = new Set(this.itemsSignal().map((item) => item.id));
    const fresh = items.filter((item) => !seen.has(item.id));
    this.itemsSignal.update((current) => [...fresh, ...current]);
    this.totalSignal.update((total) => total + fresh.length);
  }

  remove(id: string): void {
    const before = this.itemsSignal().length;
    this.itemsSignal.update((items) => items.filter((item) => item.id !== id));
    if (this.itemsSignal().length < before) this.totalSignal.update((total) => Math.max(0, total - 1));
  }

  destroy(): void {
    this.request?.unsubscribe();
  }

  private fetch(): void {
    if (!this.fetcher) return;
    this.request?.unsubscribe();
    this.loadingSignal.set(true);
    this.errorSignal.set(null);
    const page = this.loadedPages + 1;
    this.request = this.fetcher(page).subscribe({
      next: (result) => {
        this.loadedPages = page;
        // A list that changed between pages can repeat an item; keep its first place.
        const seen = new Set(this.itemsSignal().map((item) => item.id));
        const fresh = result.items.filter((item) => !seen.has(item.id));
        this.itemsSignal.update((items) => [...items, ...fresh]);
        // A server that ignores paging sends everything at once, and then there is no more.
        this.totalSignal.set(fresh.length === 0 ? this.itemsSignal().length : result.total);
        this.loadedSignal.set(true);
        this.loadingSignal.set(false);
      },
      error: (error: unknown) => {
        this.errorSignal.set(error);
        this.loadingSignal.set(false);
      },
    });
  }
}
