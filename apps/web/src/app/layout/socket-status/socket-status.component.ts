import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatTooltipModule } from '@angular/material/tooltip';

import { SocketService } from '../../core/socket/socket.service';

/** A dot that tells whether live updates (progress, notifications) are reaching this tab. */
@Component({
  selector: 'cs-socket-status',
  imports: [MatTooltipModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span
      class="socket-status"
      data-testid="socket-status"
      role="status"
      tabindex="0"
      [attr.data-state]="state()"
      [attr.aria-label]="label()"
      [matTooltip]="label()"
    >
      <span class="dot" aria-hidden="true"></span>
      <span class="text" aria-hidden="true">{{ state() === 'connected' ? 'Live' : 'Offline' }}</span>
    </span>
  `,
  styles: `
    .socket-status {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      padding: 4px 8px;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .socket-status:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
    }
    .dot {
      width: 8px;
      height: 8px;
      border-radius: 50%;
      background: var(--mat-sys-outline);
    }
    [data-state='connected'] .dot {
      background: #2e7d32;
      box-shadow: 0 0 0 3px rgb(46 125 50 / 25%);
    }
    @media (max-width: 599px) {
      .text {
        display: none;
      }
    }
  `,
})
export class SocketStatusComponent {
  protected readonly state = inject(SocketService).state;
  protected readonly label = computed(() =>
    this.state() === 'connected' ? 'Live updates connected' : 'Live updates disconnected',
  );
}
