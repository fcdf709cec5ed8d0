import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { VideoView } from '@clipstream/contract';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';

import { stageLabel } from '../../core/videos/video-progress';

/** A video's status in a word, with the stage and percent while it is being processed. */
@Component({
  selector: 'cs-status-chip',
  imports: [MatIconModule, MatProgressBarModule, MatTooltipModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let v = video();
    <span
      class="chip"
      [class]="'chip ' + v.status"
      data-testid="video-status"
      [attr.data-status]="v.status"
      [attr.data-percent]="percent()"
      [matTooltip]="tooltip()"
    >
      <mat-icon [svgIcon]="icon()" aria-hidden="true" />
      {{ label() }}
    </span>
    @if (v.status === 'processing') {
      <mat-progress-bar mode="determinate" [value]="percent()" [attr.aria-label]="label()" />
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-direction: column;
      gap: 4px;
      min-width: 0;
    }
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      align-self: flex-start;
      padding: 2px 10px 2px 6px;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
    mat-icon {
      width: 16px;
      height: 16px;
    }
    .ready {
      background: color-mix(in srgb, #2e7d32 30%, var(--mat-sys-surface-container-highest));
      color: var(--mat-sys-on-surface);
    }
    .processing {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .failed {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    mat-progress-bar {
      width: 100%;
      max-width: 160px;
    }
  `,
})
export class StatusChipComponent {
  readonly video = input.required<VideoView>();

  protected readonly percent = computed(() => Math.round(Math.min(100, Math.max(0, this.video().progress))));
  protected readonly label = computed(() => {
    switch (this.video().status) {
      case 'pending':
        return 'Waiting';
      case 'processing':
        return `Processing ${this.percent()}%`;
      case 'ready':
        return 'Ready';
      case 'failed':
        return 'Failed';
    }
  });
  protected readonly icon = computed(() => {
    switch (this.video().status) {
      case 'ready':
        return 'check-circle';
      case 'failed':
        return 'error';
      default:
        return 'schedule';
    }
  });
  protected readonly tooltip = computed(() => {
    const v = this.video();
    if (v.status === 'failed') return v.error ?? 'Processing failed';
    if (v.status === 'processing' || v.status === 'pending') return stageLabel(v.stage, v.status);
    return '';
  });
}
