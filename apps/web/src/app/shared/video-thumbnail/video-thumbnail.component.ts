import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { VideoView } from '@clipstream/contract';
import { MatIconModule } from '@angular/material/icon';

import { pictureSources } from '../../core/videos/thumbnail-sources';
import { DurationPipe } from '../format/format.pipes';

/** A video's picture at 16:9 (WebP where the browser takes it) with its length in the corner. */
@Component({
  selector: 'cs-video-thumbnail',
  imports: [MatIconModule, DurationPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (sources(); as s) {
      <picture>
        @if (s.webpSrcset) {
          <source type="image/webp" [attr.srcset]="s.webpSrcset" [attr.sizes]="sizes()" />
        }
        <img [src]="s.src" [attr.srcset]="s.jpegSrcset" [attr.sizes]="sizes()" alt="" loading="lazy" />
      </picture>
    } @else {
      <mat-icon class="placeholder" svgIcon="movie" aria-hidden="true" />
    }
    @let length = video().duration | duration;
    @if (length) {
      <span class="duration" data-testid="duration-badge" [attr.aria-label]="'Length ' + length">{{
        length
      }}</span>
    }
  `,
  styles: `
    :host {
      position: relative;
      display: grid;
      place-items: center;
      aspect-ratio: 16 / 9;
      overflow: hidden;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-high);
    }
    picture,
    img {
      display: block;
      width: 100%;
      height: 100%;
    }
    img {
      object-fit: cover;
    }
    .placeholder {
      width: 40%;
      height: 40%;
      color: var(--mat-sys-outline-variant);
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
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class VideoThumbnailComponent {
  readonly video = input.required<Pick<VideoView, 'thumbnailUrl' | 'thumbnails' | 'duration'>>();
  /** The `sizes` of the srcset: how wide the picture is drawn. */
  readonly sizes = input('(max-width: 599px) 100vw, 360px');

  protected readonly sources = computed(() => pictureSources(this.video()));
}
