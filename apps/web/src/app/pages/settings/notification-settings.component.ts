import { ChangeDetectionStrategy, Component, inject, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NOTIFICATION_TYPES, type NotificationType } from '@clipstream/contract';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';

import { apiErrorMessages } from '../../core/api/api-error';
import { BrowserNotifications } from '../../core/browser/browser-notifications';
import { NOTIFICATION_TYPE_LABELS } from '../../core/notifications/notification-text';
import { NotificationService } from '../../core/notifications/notification.service';
import { LoadErrorComponent } from '../../shared/load-error/load-error.component';

/** Which notifications to receive (one box per type, saved at once), and desktop notifications. */
@Component({
  selector: 'cs-notification-settings',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    LoadErrorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined">
      <mat-card-header>
        <mat-card-title><h2 id="notification-settings-title">Notifications</h2></mat-card-title>
        <mat-card-subtitle
          >Choose what the bell tells you about. Changes are saved at once.</mat-card-subtitle
        >
      </mat-card-header>
      <mat-card-content>
        @if (settings.isLoading() && !settings.hasValue()) {
          <mat-progress-bar mode="indeterminate" aria-label="Loading your notification settings" />
        } @else if (settings.error(); as error) {
          <cs-load-error [error]="error" (retry)="settings.reload()" />
        } @else {
          <fieldset aria-labelledby="notification-settings-title" data-testid="notification-settings">
            @for (type of types; track type) {
              <mat-checkbox
                data-testid="notification-setting"
                [attr.data-type]="type"
                [checked]="!muted().has(type)"
                [disabled]="saving()"
                (change)="toggle(type, $event.checked)"
              >
                {{ labels[type] }}
              </mat-checkbox>
            }
          </fieldset>
        }

        <section class="desktop" aria-labelledby="desktop-title">
          <h3 id="desktop-title">Desktop notifications</h3>
          @switch (browser.permission()) {
            @case ('granted') {
              <mat-slide-toggle
                data-testid="browser-notifications-toggle"
                [checked]="browser.enabled()"
                (change)="browser.setEnabled($event.checked)"
              >
                Show a desktop notification while Clipstream is in another tab
              </mat-slide-toggle>
            }
            @case ('default') {
              <p>Get a desktop notification when something happens while Clipstream is in another tab.</p>
              <button
                mat-stroked-button
                type="button"
                data-testid="browser-notifications-enable"
                (click)="browser.request()"
              >
                Turn on desktop notifications
              </button>
            }
            @case ('denied') {
              <p>
                Your browser blocks notifications from this site. Allow them in the browser’s site settings.
              </p>
            }
            @default {
              <p>This browser cannot show desktop notifications.</p>
            }
          }
        </section>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    h2 {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    h3 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-small);
    }
    mat-card-content {
      display: flex;
      flex-direction: column;
      gap: 24px;
      padding-top: 16px;
    }
    fieldset {
      display: flex;
      flex-direction: column;
      /* Each box only as wide as its label: a click beside it does nothing. */
      align-items: flex-start;
      margin: 0;
      padding: 0;
      border: 0;
    }
    p {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class NotificationSettingsComponent {
  private readonly api = inject(NotificationService);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly browser = inject(BrowserNotifications);

  protected readonly types = NOTIFICATION_TYPES;
  protected readonly labels = NOTIFICATION_TYPE_LABELS;
  protected readonly settings = rxResource({ stream: () => this.api.settings() });
  protected readonly muted = linkedSignal<ReadonlySet<NotificationType>>(
    () => new Set(this.settings.hasValue() ? this.settings.value().muted : []),
  );
  protected readonly saving = signal(false);

  protected toggle(type: NotificationType, receive: boolean): void {
    const before = this.muted();
    const next = new Set(before);
    if (receive) next.delete(type);
    else next.add(type);
    this.muted.set(next);
    this.saving.set(true);
    this.api.updateSettings([...next]).subscribe({
      next: (saved) => {
        this.muted.set(new Set(saved.muted));
        this.saving.set(false);
      },
      error: (error: unknown) => {
        this.muted.set(before);
        this.saving.set(false);
        this.snackBar.open(apiErrorMessages(error).join(' '), 'Close', { duration: 6000 });
      },
    });
  }
}
