import { ChangeDetectionStrategy, Component, input, linkedSignal } from '@angular/core';
import type { ChannelSummaryView } from '@clipstream/contract';
import { RouterLink } from '@angular/router';

import { AvatarComponent } from '../avatar/avatar.component';
import { CompactNumberPipe } from '../format/format.pipes';
import { SubscribeButtonComponent } from '../subscribe-button/subscribe-button.component';

/** A channel in a list (search results, the channels one follows), with a subscribe button when known. */
@Component({
  selector: 'cs-channel-row',
  imports: [RouterLink, AvatarComponent, CompactNumberPipe, SubscribeButtonComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = channel();
    <a class="identity" [routerLink]="['/channel', c.username]" data-testid="channel-link">
      <cs-avatar [name]="c.displayName || c.username" [src]="c.avatarUrl" [size]="72" />
      <span class="text">
        <strong class="name" data-testid="channel-row-name">{{ c.displayName || c.username }}</strong>
        <span class="meta">
          &#64;{{ c.username }} · {{ subscribers() | compactNumber }}
          {{ subscribers() === 1 ? 'subscriber' : 'subscribers' }}
        </span>
        @if (c.bio) {
          <span class="bio">{{ c.bio }}</span>
        }
      </span>
    </a>
    @if (subscribed() !== null) {
      <cs-subscribe-button
        [username]="c.username"
        [channelName]="c.displayName"
        [subscribed]="subscribed()"
        (changed)="subscribers.set($event.subscribers); subscribed.set($event.subscribed)"
      />
    }
  `,
  styles: `
    :host {
      display: flex;
      align-items: center;
      gap: 16px;
    }
    .identity {
      flex: 1;
      display: flex;
      align-items: center;
      gap: 16px;
      min-width: 0;
      color: inherit;
      text-decoration: none;
      border-radius: var(--mat-sys-corner-medium);
    }
    .identity:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 4px;
    }
    .text {
      display: flex;
      flex-direction: column;
      gap: 2px;
      min-width: 0;
    }
    .name {
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    .meta,
    .bio {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .bio {
      display: -webkit-box;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
      overflow: hidden;
      overflow-wrap: anywhere;
    }
  `,
})
export class ChannelRowComponent {
  readonly channel = input.required<ChannelSummaryView>();
  /** Whether the viewer follows it; null hides the button (not known). */
  readonly following = input<boolean | null>(null);

  protected readonly subscribed = linkedSignal(() => this.following());
  protected readonly subscribers = linkedSignal(() => this.channel().subscribers);
}
