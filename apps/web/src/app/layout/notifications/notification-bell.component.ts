import { A11yModule } from '@angular/cdk/a11y';
import { CdkConnectedOverlay, CdkOverlayOrigin, type ConnectedPosition } from '@angular/cdk/overlay';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { NotificationView } from '@clipstream/contract';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';

import { BrowserNotifications } from '../../core/browser/browser-notifications';
import { NotificationCenter } from '../../core/notifications/notification-center.service';
import { describeNotification, type NotificationDisplay } from '../../core/notifications/notification-text';
import { TimeAgoPipe } from '../../shared/format/format.pipes';

/** Below the bell, right edges aligned; above it when there is no room below. */
const POSITIONS: ConnectedPosition[] = [
  { originX: 'end', originY: 'bottom', overlayX: 'end', overlayY: 'top', offsetY: 4 },
  { originX: 'end', originY: 'top', overlayX: 'end', overlayY: 'bottom', offsetY: -4 },
];

interface Row {
  notification: NotificationView;
  shown: NotificationDisplay;
}

/**
 * The bell of the top bar: a live count of unread notifications, and a panel listing them. Opening
 * one marks it read and follows its link. The panel is a dialog rather than a menu, because each row
 * has two things to do (open, mark read) and Tab must reach both.
 */
@Component({
  selector: 'cs-notification-bell',
  imports: [
    A11yModule,
    CdkConnectedOverlay,
    CdkOverlayOrigin,
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTooltipModule,
    TimeAgoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notification-bell.component.html',
  styleUrl: './notification-bell.component.scss',
})
export class NotificationBellComponent {
  protected readonly center = inject(NotificationCenter);
  protected readonly browser = inject(BrowserNotifications);

  protected readonly positions = POSITIONS;
  protected readonly open = signal(false);
  protected readonly badge = computed(() =>
    this.center.unread() > 99 ? '99+' : String(this.center.unread()),
  );
  protected readonly label = computed(() => {
    const unread = this.center.unread();
    return unread > 0 ? `Notifications, ${unread} unread` : 'Notifications';
  });
  protected readonly rows = computed<Row[]>(() =>
    this.center.list.items().map((notification) => ({
      notification,
      shown: describeNotification(notification),
    })),
  );

  protected toggle(): void {
    this.open.update((open) => !open);
  }

  protected close(): void {
    this.open.set(false);
  }

  /** A click on the bell itself is its own toggle, not a click away from the panel. */
  protected outsideClick(event: MouseEvent, bell: HTMLElement): void {
    if (!(event.target instanceof Node && bell.contains(event.target))) this.close();
  }

  /** The link itself navigates (or opens a tab on a modified click). */
  protected follow(row: Row): void {
    this.center.markRead(row.notification);
    this.close();
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') this.close();
  }
}
