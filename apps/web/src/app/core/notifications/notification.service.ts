import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { NotificationPage, NotificationSettingsView, NotificationType } from '@clipstream/contract';
import { Observable } from 'rxjs';

import { queryParams } from '../http/query-params';

export interface NotificationQuery {
  unread?: boolean;
  page?: number;
  pageSize?: number;
}

/** The notifications area of the API. Live ones arrive as the socket's `notification` event. */
@Injectable({ providedIn: 'root' })
export class NotificationService {
  private readonly http = inject(HttpClient);

  list(query: NotificationQuery = {}): Observable<NotificationPage> {
    return this.http.get<NotificationPage>('/api/notifications', { params: queryParams(query) });
  }

  /** Marks these as read, or all of them without ids; answers the unread count left. */
  markRead(ids?: string[]): Observable<{ unread: number }> {
    return this.http.post<{ unread: number }>('/api/notifications/read', ids ? { ids } : {});
  }

  settings(): Observable<NotificationSettingsView> {
    return this.http.get<NotificationSettingsView>('/api/me/notification-settings');
  }

  updateSettings(muted: NotificationType[]): Observable<NotificationSettingsView> {
    return this.http.put<NotificationSettingsView>('/api/me/notification-settings', { muted });
  }
}
