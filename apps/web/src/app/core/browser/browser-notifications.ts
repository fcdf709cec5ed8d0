import { DOCUMENT } from '@angular/common';
import { computed, inject, Injectable, signal } from '@angular/core';

import { LocalStore } from './local-store';

export type BrowserNotificationPermission = NotificationPermission | 'unsupported';

export interface BrowserNotice {
  title: string;
  body: string;
  /** One notice per tag: a newer one replaces an older one of the same tag. */
  tag: string;
  onClick: () => void;
}

const ENABLED_KEY = 'clipstream.browserNotifications';

/**
 * The browser's Notification API behind a small adapter. Notices are shown only while the tab is hidden
 * (a visible tab has the bell), and only once the person asked for them: the browser's permission,
 * and the app's own switch (so they can be turned off here without digging in the browser's settings).
 */
@Injectable({ providedIn: 'root' })
export class BrowserNotifications {
  private readonly document = inject(DOCUMENT);
  private readonly store = inject(LocalStore);
  private readonly api = this.document.defaultView?.Notification;
  private readonly permissionState = signal<BrowserNotificationPermission>(
    this.api ? this.api.permission : 'unsupported',
  );
  private readonly switchedOn = signal(this.store.get(ENABLED_KEY) !== 'off');

  readonly permission = this.permissionState.asReadonly();
  readonly enabled = computed(() => this.permissionState() === 'granted' && this.switchedOn());
  /** The browser has not been asked yet: a button may ask (it must come from a click). */
  readonly canAsk = computed(() => this.permissionState() === 'default');

  async request(): Promise<void> {
    if (!this.api) return;
    this.permissionState.set(await this.api.requestPermission());
    if (this.permissionState() === 'granted') this.setEnabled(true);
  }

  setEnabled(on: boolean): void {
    this.switchedOn.set(on);
    this.store.set(ENABLED_KEY, on ? 'on' : 'off');
  }

  /** Shows the notice if allowed and the tab is out of sight; true when it was shown. */
  showWhileHidden(notice: BrowserNotice): boolean {
    if (!this.api || !this.enabled() || this.document.visibilityState !== 'hidden') return false;
    try {
      const shown = new this.api(notice.title, { body: notice.body, tag: notice.tag, icon: '/favicon.svg' });
      shown.onclick = () => {
        this.document.defaultView?.focus();
        notice.onClick();
        shown.close();
      };
      return true;
    } catch {
      // Some mobile browsers only show notices from a service worker; the bell still has it.
      return false;
    }
  }
}
