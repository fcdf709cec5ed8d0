import { ChangeDetectionStrategy, Component, input, linkedSignal } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

import type { SourceInspection } from '../../core/downloads/download.types';
import { DurationPipe } from '../../shared/format/format.pipes';

/** What was found at the URL: picture, title, uploader and length. */
@Component({
  selector: 'cs-source-card',
  imports: [MatIconModule, DurationPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = source();
    <div class="thumb">
      @if (s.thumbnail && !thumbnailFailed()) {
        <!-- The picture is the site's own; no referrer tells it where it is shown. -->
        <img
          [src]="s.thumbnail"
          alt=""
          referrerpolicy="no-referrer"
          loading="lazy"
          (error)="thumbnailFailed.set(true)"
        />
      } @else {
        <mat-icon svgIcon="movie" aria-hidden="true" />
      }
      @if (s.duration !== null) {
        <span class="badge" aria-hidden="true">{{ s.duration | duration }}</span>
      }
    </div>
    <div class="text">
      <h2 data-testid="source-title">{{ s.title }}</h2>
      <p class="facts">
        @if (s.uploader) {
          <span data-testid="source-uploader"
            ><mat-icon svgIcon="person" aria-hidden="true" />{{ s.uploader }}</span
          >
        }
        <span data-testid="source-duration" [attr.data-seconds]="s.duration">
          <mat-icon svgIcon="schedule" aria-hidden="true" />{{
            s.duration === null ? 'Length unknown' : (s.duration | duration)
          }}
        </span>
        @if (s.chapters.length > 0) {
          <span><mat-icon svgIcon="bookmark" aria-hidden="true" />{{ s.chapters.length }} chapters</span>
        }
      </p>
      <p class="origin">
        <a [href]="s.url" target="_blank" rel="noopener noreferrer">{{ s.url }}</a>
        @if (s.extractor) {
          <span> · {{ s.extractor }}</span>
        }
      </p>
    </div>
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: 240px minmax(0, 1fr);
      gap: 16px;
      align-items: start;
    }
    .thumb {
      position: relative;
      display: grid;
      place-items: center;
      aspect-ratio: 16 / 9;
      overflow: hidden;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-highest);
    }
    img {
      width: 100%;
      height: 100%;
      object-fit: cover;
    }
    .thumb > mat-icon {
      width: 48px;
      height: 48px;
      color: var(--mat-sys-outline);
    }
    .badge {
      position: absolute;
      right: 6px;
      bottom: 6px;
      padding: 1px 6px;
      border-radius: 4px;
      background: rgb(0 0 0 / 80%);
      color: #fff;
      font: var(--mat-sys-label-medium);
      font-variant-numeric: tabular-nums;
    }
    .text {
      display: flex;
      flex-direction: column;
      gap: 8px;
      min-width: 0;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-large);
      overflow-wrap: anywhere;
    }
    p {
      margin: 0;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    .facts span {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
    .facts mat-icon {
      width: 18px;
      height: 18px;
    }
    .origin {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .origin a {
      color: inherit;
    }
    @media (max-width: 599px) {
      :host {
        grid-template-columns: 112px minmax(0, 1fr);
        gap: 12px;
      }
      h2 {
        font: var(--mat-sys-title-medium);
      }
      .badge {
        display: none;
      }
    }
  `,
})
export class SourceCardComponent {
  readonly source = input.required<SourceInspection>();
  /** Set when the site's picture does not load; a new source tries its own. */
  protected readonly thumbnailFailed = linkedSignal({
    source: () => this.source().thumbnail,
    computation: () => false,
  });
}
