import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** A person's round picture, or the first letter of their name on a colour when they have none. */
@Component({
  selector: 'cs-avatar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[style.--avatar-size.px]': 'size()', 'aria-hidden': 'true' },
  template: `
    @if (src(); as url) {
      <img [src]="url" alt="" [width]="size()" [height]="size()" loading="lazy" />
    } @else {
      <span class="initial">{{ initial() }}</span>
    }
  `,
  styles: `
    :host {
      flex: none;
      display: inline-grid;
      place-items: center;
      width: var(--avatar-size);
      height: var(--avatar-size);
      border-radius: 50%;
      overflow: hidden;
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    img {
      width: 100%;
      height: 100%;
      object-fit: cover;
    }
    .initial {
      font-size: calc(var(--avatar-size) * 0.45);
      font-weight: 500;
      line-height: 1;
      text-transform: uppercase;
    }
  `,
})
export class AvatarComponent {
  /** Decorative: the name is always written next to it. */
  readonly name = input.required<string>();
  readonly src = input<string | null>(null);
  readonly size = input(40);

  protected readonly initial = computed(() => this.name().trim().charAt(0) || '?');
}
