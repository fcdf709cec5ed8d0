import { DestroyRef, effect, inject, Injectable, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { type NotificationEvent, type NotificationView, SocketEvents } from '@clipstream/contract';
import { of, tap } from 'rxjs';

import { BrowserNotifications } from '../browser/browser-notifications';
import { SessionStore } from '../session/session.store';
import { SocketService } from '../socket/socket.service';
import { PagedList } from '../../shared/paging/paged-list';
import { NotificationService } from './notification.service';
import { describeNotification } from './notification-text';

const PAGE_SIZE = 20;

/**
 * The signed-in person's notifications and unread count, kept live: the list is read from the API on
 * sign-in and again after every reconnection (for what was sent meanwhile), and each `notification`
 * event is put first. While the tab is hidden, an event also becomes a browser notification.
 */
@Injectable({ providedIn: 'root' })
export class NotificationCenter {
  private readonly api = inject(NotificationService);
  private readonly session = inject(SessionStore);
  private readonly socket = inject(SocketService);
  private readonly browser = inject(BrowserNotifications);
  private readonly router = inject(Router);
  private readonly unreadState = signal(0);
  private connectedBefore = false;

  readonly list = new PagedList<NotificationView>();
  readonly unread = this.unreadState.asReadonly();

  constructor() {
    effect(() => {
      const userId = this.session.userId();
      untracked(() => this.follow(userId));
    });
    effect(() => {
      const connected = this.socket.state() === 'connected';
      untracked(() => {
        if (!connected || !this.session.user()) return;
        if (this.connectedBefore) this.reload();
        this.connectedBefore = true;
      });
    });
    this.socket
      .on<NotificationEvent>(SocketEvents.notification)
      .pipe(takeUntilDestroyed())
      .subscribe((event) => this.receive(event));
    inject(DestroyRef).onDestroy(() => this.list.destroy());
  }

  reload(): void {
    this.list.reset((page) =>
      this.api.list({ page, pageSize: PAGE_SIZE }).pipe(tap((result) => this.unreadState.set(result.unread))),
    );
  }

  markRead(notification: NotificationView): void {
    if (notification.readAt) return;
    const readAt = new Date().toISOString();
    this.list.update((item) => (item.id === notification.id ? { ...item, readAt } : item));
    this.unreadState.update((unread) => Math.max(0, unread - 1));
    this.api.markRead([notification.id]).subscribe({
      next: ({ unread }) => this.unreadState.set(unread),
      // The server keeps the truth: show it rather than a guess.
      error: () => this.reload(),
    });
  }

  markAllRead(): void {
    const readAt = new Date().toISOString();
    this.list.update((item) => (item.readAt ? item : { ...item, readAt }));
    this.unreadState.set(0);
    this.api.markRead().subscribe({
      next: ({ unread }) => this.unreadState.set(unread),
      error: () => this.reload(),
    });
  }

  private follow(userId: string | null): void {
    this.connectedBefore = this.socket.state() === 'connected';
    if (userId) {
      this.reload();
      return;
    }
    this.list.reset(() => of({ items: [], total: 0 }));
    this.unreadState.set(0);
  }

  private receive(event: NotificationEvent): void {
    if (this.list.items().some((item) => item.id === event.id)) return;
    const notification: NotificationView = { ...event, readAt: null };
    this.list.prepend([notification]);
    this.unreadState.update((unread) => unread + 1);
    const shown = describeNotification(event);
    this.browser.showWhileHidden({
      title: shown.heading,
      body: shown.text,
      tag: event.id,
      onClick: () => {
        this.markRead(notification);
        if (shown.link)
          void this.router.navigate(shown.link.commands, { queryParams: shown.link.queryParams });
      },
    });
  }
}
