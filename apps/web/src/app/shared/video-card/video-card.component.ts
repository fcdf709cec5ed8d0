import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { VideoView } from '@clipstream/contract';
import { RouterLink } from '@angular/router';

import { CompactNumberPipe, TimeAgoPipe } from '../format/format.pipes';
import { VideoThumbnailComponent } from '../video-thumbnail/video-thumbnail.component';

/** One tile of a video grid: thumbnail with its length, then title, channel, views and age. */
@Component({
  selector: 'cs-video-card',
  imports: [RouterLink, CompactNumberPipe, TimeAgoPipe, VideoThumbnailComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let v = video();
    <a class="card" [routerLink]="['/watch', v.id]" data-testid="video-card">
      <cs-video-thumbnail [video]="v" />
      <h3 class="title">{{ v.title }}</h3>
    </a>
    <p class="meta">
      <a class="channel" [routerLink]="['/channel', v.owner.username]">{{
        v.owner.displayName || v.owner.username
      }}</a>
      <span
        >{{ v.views | compactNumber }} {{ v.views === 1 ? 'view' : 'views' }} ·
        <time [attr.datetime]="v.createdAt">{{ v.createdAt | timeAgo }}</time></span
      >
    </p>
  `,
  styles: `
    :host {
      display: block;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
    .card {
      display: block;
      border-radius: var(--mat-sys-corner-medium);
    }
    .card:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 4px;
    }
    .title {
      margin: 10px 0 4px;
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
      display: -webkit-box;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
    .meta {
      margin: 0;
      display: flex;
      flex-direction: column;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .channel:hover,
    .channel:focus-visible {
      color: var(--mat-sys-on-surface);
    }
  `,
})
export class VideoCardComponent {
  readonly video = input.required<VideoView>();
}
