import {
  afterNextRender,
  DestroyRef,
  Directive,
  effect,
  ElementRef,
  inject,
  input,
  output,
} from '@angular/core';

/**
 * Emits while its element is near the viewport: put it after a list to load the next page. It asks
 * again whenever the list grows and the element is still in view (a tall screen, short pages).
 */
@Directive({ selector: '[csInfiniteScroll]' })
export class InfiniteScrollDirective {
  readonly csInfiniteScroll = output<void>();
  /** The number of items above; a change re-checks whether more are needed. */
  readonly csInfiniteScrollItems = input(0);

  private inView = false;

  constructor() {
    const element: HTMLElement = inject(ElementRef).nativeElement;
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      if (typeof IntersectionObserver === 'undefined') return;
      const observer = new IntersectionObserver(
        (entries) => {
          this.inView = entries.some((entry) => entry.isIntersecting);
          if (this.inView) this.csInfiniteScroll.emit();
        },
        { rootMargin: '400px 0px' },
      );
      observer.observe(element);
      destroyRef.onDestroy(() => observer.disconnect());
    });
    effect(() => {
      this.csInfiniteScrollItems();
      if (this.inView) this.csInfiniteScroll.emit();
    });
  }
}
