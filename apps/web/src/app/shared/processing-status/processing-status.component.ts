import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import type { VideoView } from '@clipstream/contract';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';

import { apiErrorMessages } from '../../core/api/api-error';
import { VideoService } from '../../core/videos/video.service';
import { stageLabel } from '../../core/videos/video-progress';

/**
 * Where a video is in the pipeline: waiting, the stage and percent while processing, then a link
 * to watch it, or the reason it failed with a way to try again.
 */
@Component({
  selector: 'cs-processing-status',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, MatProgressSpinnerModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let v = video();
    <section
      data-testid="processing-status"
      [attr.data-status]="v.status"
      [class]="'status ' + v.status"
      aria-live="polite"
    >
      @switch (v.status) {
        @case ('ready') {
          <mat-icon svgIcon="check-circle" class="icon" aria-hidden="true" />
          <div class="text">
            <h2>Ready to watch</h2>
            <p>
              “{{ v.title }}” has been processed{{
                v.visibility === 'private' ? ' (private: only you can see it)' : ''
              }}.
            </p>
          </div>
          <a mat-flat-button data-testid="watch-link" [routerLink]="['/watch', v.id]">Watch</a>
        }
        @case ('failed') {
          <mat-icon svgIcon="error" class="icon" aria-hidden="true" />
          <div class="text" role="alert">
            <h2>Processing failed</h2>
            <p data-testid="processing-error">{{ v.error || 'The video could not be processed.' }}</p>
            @if (retryError(); as message) {
              <p class="retry-error">{{ message }}</p>
            }
          </div>
          @if (canRetry()) {
            <button
              mat-stroked-button
              type="button"
              data-testid="retry-processing"
              [disabled]="retrying()"
              (click)="retry()"
            >
              <mat-icon svgIcon="refresh" aria-hidden="true" />
              Try again
            </button>
          }
        }
        @default {
          <mat-spinner class="spinner" diameter="28" aria-hidden="true" />
          <div class="text">
            <h2>{{ stage() }}{{ v.status === 'processing' ? '…' : '' }}</h2>
            <p>
              @if (v.status === 'pending') {
                Processing starts in a moment. You can leave this page; it carries on without you.
              } @else {
                {{ percent() }}% · You can leave this page; processing carries on without you.
              }
            </p>
            <mat-progress-bar
              [mode]="v.status === 'pending' ? 'indeterminate' : 'determinate'"
              [value]="percent()"
              [attr.aria-label]="stage() + ', ' + percent() + ' percent'"
              data-testid="processing-progress"
              [attr.data-percent]="percent()"
            />
          </div>
        }
      }
    </section>
  `,
  styles: `
    .status {
      display: flex;
      align-items: center;
      gap: 16px;
      padding: 16px;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .status.ready {
      background: color-mix(in srgb, #2e7d32 14%, var(--mat-sys-surface-container));
    }
    .status.failed {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .icon {
      flex: none;
      width: 32px;
      height: 32px;
    }
    .spinner {
      flex: none;
      margin: 2px;
    }
    .ready .icon {
      color: #66bb6a;
    }
    .text {
      flex: 1;
      min-width: 0;
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    p {
      margin: 0;
      font: var(--mat-sys-body-medium);
      overflow-wrap: anywhere;
    }
    .status:not(.failed) p {
      color: var(--mat-sys-on-surface-variant);
    }
    mat-progress-bar {
      margin-top: 6px;
    }
    .retry-error {
      font-weight: 500;
    }
    @media (max-width: 599px) {
      .status {
        flex-wrap: wrap;
      }
      .status > a,
      .status > button {
        width: 100%;
      }
    }
  `,
})
export class ProcessingStatusComponent {
  readonly video = input.required<VideoView>();
  /** Shown on failure when the viewer owns the video. */
  readonly canRetry = input(true);
  /** The pipeline took the video back: the page should follow it again. */
  readonly retried = output<void>();

  private readonly videos = inject(VideoService);
  protected readonly retrying = signal(false);
  protected readonly retryError = signal<string | null>(null);

  protected readonly percent = computed(() => Math.round(Math.min(100, Math.max(0, this.video().progress))));
  protected readonly stage = computed(() => stageLabel(this.video().stage, this.video().status));

  protected retry(): void {
    this.retrying.set(true);
    this.retryError.set(null);
    this.videos.retry(this.video().id).subscribe({
      next: () => {
        this.retrying.set(false);
        this.retried.emit();
      },
      error: (error: unknown) => {
        this.retrying.set(false);
        this.retryError.set(apiErrorMessages(error).join(' '));
      },
    });
  }
}
