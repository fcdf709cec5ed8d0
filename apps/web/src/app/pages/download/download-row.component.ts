import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';

import type { DownloadView } from '../../core/downloads/download.types';
import { downloadStatusLabel, expiryLabel } from '../../core/downloads/download-labels';
import { downloadPercent, isExpired, isRunning } from '../../core/downloads/download-progress';
import { formatTimeLeft } from '../../shared/format/format';
import { BytesPipe, ShortTimecodePipe, TimeAgoPipe } from '../../shared/format/format.pipes';
import { IconActionComponent } from '../../shared/icon-action/icon-action.component';

/** One download of the history: what it is, where it stands (live), and what can be done with it. */
@Component({
  selector: 'cs-download-row',
  imports: [
    MatIconModule,
    MatProgressBarModule,
    BytesPipe,
    ShortTimecodePipe,
    TimeAgoPipe,
    IconActionComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    'data-testid': 'download-row',
    '[attr.data-id]': 'download().id',
    '[attr.data-status]': 'download().status',
    '[attr.data-expired]': 'expired()',
  },
  template: `
    @let d = download();
    <div class="info">
      <p class="name" [title]="d.fileName">{{ d.fileName }}</p>
      <div class="facts">
        <span [class]="'chip ' + chipClass()" data-testid="download-status">
          <mat-icon [svgIcon]="icon()" aria-hidden="true" />{{ statusLabel() }}
        </span>
        <span class="what">
          @if (d.start !== null && d.end !== null) {
            {{ d.start | shortTimecode }}–{{ d.end | shortTimecode }} ·
          }
          {{ d.quality === 'audio' ? 'audio' : d.quality }} · {{ d.format.toUpperCase() }}
        </span>
      </div>
      <p class="source">
        <a [href]="d.url" target="_blank" rel="noopener noreferrer">{{ d.title || d.url }}</a>
        <time [attr.datetime]="d.createdAt">· {{ d.createdAt | timeAgo }}</time>
      </p>
      @if (running()) {
        <mat-progress-bar
          data-testid="download-progress"
          [attr.data-percent]="percent()"
          [mode]="d.status === 'pending' ? 'indeterminate' : 'determinate'"
          [value]="percent()"
          [attr.aria-label]="statusLabel()"
        />
        <p class="live" aria-live="polite">
          @if (d.status === 'pending') {
            Waiting for a free slot…
          } @else {
            <span>{{ percent() }}%</span>
            @if (d.bytes > 0) {
              <span data-testid="download-bytes">{{ d.bytes | bytes }}</span>
            }
            @if (timeLeft(); as left) {
              <span data-testid="download-eta">{{ left }}</span>
            }
          }
        </p>
      } @else if (d.status === 'completed') {
        <p class="meta">
          @if (d.fileSize !== null) {
            <span data-testid="download-size">{{ d.fileSize | bytes }}</span>
          }
          @if (expiry(); as text) {
            <span data-testid="download-expiry" [class.expired]="expired()">{{ text }}</span>
          }
        </p>
      }
      @if (d.error && d.status !== 'completed') {
        <p class="error" data-testid="download-error">{{ d.error }}</p>
      }
      @if (d.note) {
        <p class="note">{{ d.note }}</p>
      }
    </div>
    <div class="actions">
      @if (d.fileUrl && !expired()) {
        <cs-icon-action
          icon="download"
          tooltip="Save the file"
          [label]="'Save ' + d.fileName"
          [testId]="'download-file-' + d.id"
          [disabled]="busy()"
          (pressed)="saveFile.emit()"
        />
        <cs-icon-action
          icon="share"
          tooltip="Copy a share link"
          [label]="'Copy a share link to ' + d.fileName"
          [testId]="'share-' + d.id"
          [disabled]="busy()"
          (pressed)="share.emit()"
        />
      }
      @if (d.status === 'failed' || d.status === 'cancelled') {
        <cs-icon-action
          icon="refresh"
          tooltip="Try again"
          [label]="'Try ' + d.fileName + ' again'"
          [testId]="'retry-' + d.id"
          [disabled]="busy()"
          (pressed)="retry.emit()"
        />
      }
      @if (running()) {
        <cs-icon-action
          icon="block"
          tooltip="Cancel"
          [label]="'Cancel ' + d.fileName"
          [testId]="'cancel-' + d.id"
          [disabled]="busy()"
          (pressed)="cancel.emit()"
        />
      }
      <cs-icon-action
        icon="delete"
        tooltip="Delete"
        [label]="'Delete ' + d.fileName"
        [testId]="'delete-' + d.id"
        [disabled]="busy()"
        (pressed)="remove.emit()"
      />
    </div>
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: 8px 16px;
      align-items: center;
      padding: 12px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .info {
      display: flex;
      flex-direction: column;
      gap: 6px;
      min-width: 0;
    }
    p {
      margin: 0;
    }
    .name {
      font: var(--mat-sys-title-small);
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
    }
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 2px 10px 2px 6px;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
    .chip mat-icon {
      width: 16px;
      height: 16px;
    }
    .chip.ready {
      background: color-mix(in srgb, #2e7d32 30%, var(--mat-sys-surface-container-highest));
      color: var(--mat-sys-on-surface);
    }
    .chip.processing {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .chip.failed {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .what,
    .source,
    .live,
    .meta,
    .note {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
      font-variant-numeric: tabular-nums;
    }
    .source {
      display: flex;
      gap: 4px;
      white-space: nowrap;
    }
    .source a {
      min-width: 0;
      overflow: hidden;
      text-overflow: ellipsis;
      color: inherit;
    }
    .source time {
      flex: none;
    }
    .live,
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
    }
    .expired {
      color: var(--mat-sys-error);
    }
    mat-progress-bar {
      max-width: 480px;
    }
    .error {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
      overflow-wrap: anywhere;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
    }
    @media (max-width: 599px) {
      :host {
        grid-template-columns: minmax(0, 1fr);
      }
      .actions {
        justify-content: flex-start;
        margin: -4px 0 -4px -8px;
      }
    }
  `,
})
export class DownloadRowComponent {
  readonly download = input.required<DownloadView>();
  readonly busy = input(false);
  readonly saveFile = output<void>();
  readonly share = output<void>();
  readonly retry = output<void>();
  readonly cancel = output<void>();
  readonly remove = output<void>();

  protected readonly running = computed(() => isRunning(this.download().status));
  protected readonly expired = computed(() => isExpired(this.download()));
  protected readonly percent = computed(() => downloadPercent(this.download()));
  protected readonly statusLabel = computed(() => downloadStatusLabel(this.download()));
  protected readonly expiry = computed(() => expiryLabel(this.download()));
  protected readonly timeLeft = computed(() => {
    const eta = this.download().etaSeconds;
    return eta !== null && eta > 0 ? formatTimeLeft(eta) : null;
  });
  protected readonly chipClass = computed(() => {
    const { status } = this.download();
    if (status === 'completed') return this.expired() ? '' : 'ready';
    return status;
  });
  protected readonly icon = computed(() => {
    switch (this.download().status) {
      case 'completed':
        return this.expired() ? 'schedule' : 'check-circle';
      case 'failed':
        return 'error';
      case 'cancelled':
        return 'block';
      default:
        return 'schedule';
    }
  });
}
