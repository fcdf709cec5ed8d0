import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { CategoryList, CategoryView } from '@clipstream/contract';

/**
 * The fixed list of categories, asked for once and shared by every page. Until it arrives, or when it
 * cannot be had, the list is empty and names fall back to slugs: a category is never worth an error on
 * a page.
 */
@Injectable({ providedIn: 'root' })
export class CategoriesService {
  private readonly http = inject(HttpClient);
  private readonly itemsState = signal<readonly CategoryView[]>([]);
  private state: 'idle' | 'loading' | 'loaded' = 'idle';

  /** In the server's order, which is the order to show them in. */
  readonly items = this.itemsState.asReadonly();
  private readonly names = computed(
    () => new Map(this.items().map((category) => [category.slug, category.name])),
  );

  /** Asks the server unless the list is here or on its way; after a failure the next call asks again. */
  load(): void {
    if (this.state !== 'idle') return;
    this.state = 'loading';
    this.http.get<CategoryList>('/api/categories').subscribe({
      next: ({ items }) => {
        this.itemsState.set(items);
        this.state = 'loaded';
      },
      error: () => (this.state = 'idle'),
    });
  }

  /** A slug outside the list (not loaded yet, or unknown) shows as itself. */
  name(slug: string): string {
    return this.names().get(slug) ?? slug;
  }
}
