import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

import type { VideoSummary } from '../../core/videos/video.types';
import { CompactNumberPipe, DurationPipe, TimeAgoPipe } from '../format/format.pipes';

/** One tile of a video grid: thumbnail with its length, then title, channel and age. */
@Component({
  selector: 'cs-video-card',
  imports: [RouterLink, DurationPipe, CompactNumberPipe, TimeAgoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let v = video();
    <a class="card" [routerLink]="['/watch', v.id]">
      <div class="thumb">
        @if (v.thumbnailUrl) {
          <img [src]="v.thumbnailUrl" alt="" loading="lazy" />
        }
        @if (v.duration !== null) {
          <span class="duration" [attr.aria-label]="'Length ' + (v.duration | duration)">{{
            v.duration | duration
          }}</span>
        }
      </div>
      <h3 class="title">{{ v.title }}</h3>
    </a>
    <p class="meta">
      <a class="channel" [routerLink]="['/channel', v.owner.username]">{{
        v.owner.displayName || v.owner.username
      }}</a>
      <span
        >{{ v.views | compactNumber }} {{ v.views === 1 ? 'view' : 'views' }} ·
        {{ v.createdAt | timeAgo }}</span
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
    .thumb {
      position: relative;
      aspect-ratio: 16 / 9;
      overflow: hidden;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-high);
    }
    img {
      width: 100%;
      height: 100%;
      object-fit: cover;
      display: block;
    }
    .duration {
      position: absolute;
      right: 6px;
      bottom: 6px;
      padding: 1px 5px;
      border-radius: 4px;
      background: rgb(0 0 0 / 80%);
      color: #fff;
      font: var(--mat-sys-label-medium);
    }
    .title {
      margin: 10px 0 4px;
      font: var(--mat-sys-title-medium);
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
  readonly video = input.required<VideoSummary>();
}
