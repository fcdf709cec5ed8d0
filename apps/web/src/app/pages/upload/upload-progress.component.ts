import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';

import type { ResumableUpload } from '../../core/uploads/resumable-upload';
import { formatBytes, formatTimeLeft } from '../../shared/format/format';

/** The bytes of an upload on their way: percent, amount, speed and time left, with pause and resume. */
@Component({
  selector: 'cs-upload-progress',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let u = upload();
    <section class="card" aria-labelledby="upload-progress-title">
      <div class="top">
        <h2 id="upload-progress-title">{{ heading() }}</h2>
        <span class="percent" aria-hidden="true">{{ u.percent() }}%</span>
      </div>
      <mat-progress-bar
        data-testid="upload-progress"
        [attr.data-percent]="u.percent()"
        [attr.data-state]="u.state()"
        [mode]="u.state() === 'preparing' || u.state() === 'finishing' ? 'indeterminate' : 'determinate'"
        [value]="u.percent()"
        [attr.aria-label]="'Upload ' + u.percent() + ' percent'"
      />
      <p class="details" aria-live="polite">
        <span>{{ amount() }}</span>
        @if (u.state() === 'uploading' && u.speed() !== null) {
          <span data-testid="upload-speed">{{ speed() }}</span>
        }
        @if (u.state() === 'uploading' && timeLeft()) {
          <span data-testid="upload-eta">{{ timeLeft() }}</span>
        }
      </p>
      @if (u.resumed() && u.state() !== 'done') {
        <p class="note">Continuing the upload of this file you began earlier.</p>
      }
      @if (u.failure(); as failure) {
        <p class="error" role="alert" data-testid="upload-error">{{ failure.message }}</p>
      }
      <div class="actions">
        @switch (u.state()) {
          @case ('uploading') {
            <button mat-stroked-button type="button" data-testid="upload-pause" (click)="u.pause()">
              <mat-icon svgIcon="pause" aria-hidden="true" /> Pause
            </button>
          }
          @case ('paused') {
            <button mat-flat-button type="button" data-testid="upload-resume" (click)="u.resume()">
              <mat-icon svgIcon="play" aria-hidden="true" /> Resume
            </button>
          }
          @case ('failed') {
            @if (u.failure()?.retryable) {
              <button mat-flat-button type="button" data-testid="upload-retry" (click)="u.resume()">
                <mat-icon svgIcon="refresh" aria-hidden="true" /> Retry
              </button>
            }
          }
        }
        @if (u.state() === 'failed' && !u.failure()?.retryable) {
          <button mat-stroked-button type="button" data-testid="upload-restart" (click)="cancel.emit()">
            Choose another file
          </button>
        } @else if (u.state() === 'uploading' || u.state() === 'paused' || u.state() === 'failed') {
          <button mat-button type="button" data-testid="upload-cancel" (click)="cancel.emit()">Cancel</button>
        }
      </div>
    </section>
  `,
  styles: `
    .card {
      display: flex;
      flex-direction: column;
      gap: 8px;
      padding: 16px;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .top {
      display: flex;
      align-items: baseline;
      justify-content: space-between;
      gap: 16px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .percent {
      font: var(--mat-sys-title-large);
      font-variant-numeric: tabular-nums;
    }
    p {
      margin: 0;
    }
    .details {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
      font-variant-numeric: tabular-nums;
    }
    .note {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .error {
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .actions {
      display: flex;
      gap: 8px;
    }
    .actions:empty {
      display: none;
    }
  `,
})
export class UploadProgressComponent {
  readonly upload = input.required<ResumableUpload>();
  /** Give up this upload (the server drops what it has) and start over with the form. */
  readonly cancel = output<void>();

  protected readonly heading = computed(() => {
    switch (this.upload().state()) {
      case 'preparing':
        return 'Getting ready…';
      case 'uploading':
        return 'Uploading…';
      case 'paused':
        return 'Paused';
      case 'failed':
        return 'Upload stopped';
      case 'finishing':
        return 'Upload complete, handing over…';
      case 'done':
        return 'Upload complete';
    }
  });
  protected readonly amount = computed(
    () => `${formatBytes(this.upload().sent())} of ${formatBytes(this.upload().total)}`,
  );
  protected readonly speed = computed(() => `${((this.upload().speed() ?? 0) / 1_000_000).toFixed(1)} MB/s`);
  protected readonly timeLeft = computed(() => {
    const seconds = this.upload().secondsLeft();
    return seconds === null ? null : formatTimeLeft(seconds);
  });
}
