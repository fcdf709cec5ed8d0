import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { PlaylistSummaryView } from '@clipstream/contract';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';

import { TimeAgoPipe } from '../format/format.pipes';
import { visibilityOption } from '../visibility/visibility-options';

/** One tile of a grid of playlists: the first video's picture with the number of videos on it. */
@Component({
  selector: 'cs-playlist-card',
  imports: [RouterLink, MatIconModule, TimeAgoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = playlist();
    <a class="card" [routerLink]="['/playlist', p.id]" data-testid="playlist-card">
      <div class="picture">
        @if (p.thumbnailUrl) {
          <img [src]="p.thumbnailUrl" alt="" loading="lazy" />
        } @else {
          <mat-icon svgIcon="playlist-play" class="placeholder" aria-hidden="true" />
        }
        <span class="count" data-testid="playlist-card-count">
          <mat-icon svgIcon="playlist-play" aria-hidden="true" />
          {{ p.itemCount }} {{ p.itemCount === 1 ? 'video' : 'videos' }}
        </span>
      </div>
      <h3 class="title">{{ p.title }}</h3>
    </a>
    <p class="meta">
      @if (p.visibility !== 'public') {
        <span class="visibility">
          <mat-icon [svgIcon]="visibility().icon" aria-hidden="true" />{{ visibility().label }}
        </span>
      }
      <span
        >Updated <time [attr.datetime]="p.updatedAt">{{ p.updatedAt | timeAgo }}</time></span
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
    .picture {
      position: relative;
      display: grid;
      place-items: center;
      aspect-ratio: 16 / 9;
      overflow: hidden;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-high);
    }
    img {
      width: 100%;
      height: 100%;
      object-fit: cover;
    }
    .placeholder {
      width: 40%;
      height: 40%;
      color: var(--mat-sys-outline-variant);
    }
    .count {
      position: absolute;
      right: 6px;
      bottom: 6px;
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 2px 6px;
      border-radius: 4px;
      background: rgb(0 0 0 / 80%);
      color: #fff;
      font: var(--mat-sys-label-medium);
    }
    .count mat-icon {
      width: 16px;
      height: 16px;
    }
    .title {
      margin: 10px 0 4px;
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      margin: 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .visibility {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
    .visibility mat-icon {
      width: 16px;
      height: 16px;
    }
  `,
})
export class PlaylistCardComponent {
  readonly playlist = input.required<PlaylistSummaryView>();

  protected readonly visibility = computed(() => visibilityOption(this.playlist().visibility));
}
