import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ChannelSummaryView, Page, SubscriptionStateView, VideoView } from '@clipstream/contract';
import { Observable } from 'rxjs';

import { queryParams } from '../http/query-params';

function subscriptionUrl(username: string): string {
  return `/api/channels/${encodeURIComponent(username)}/subscription`;
}

/** Following channels, and what the followed channels publish. */
@Injectable({ providedIn: 'root' })
export class SubscriptionService {
  private readonly http = inject(HttpClient);

  /** Idempotent on the server: subscribing twice changes nothing. */
  subscribe(username: string): Observable<SubscriptionStateView> {
    return this.http.put<SubscriptionStateView>(subscriptionUrl(username), {});
  }

  unsubscribe(username: string): Observable<SubscriptionStateView> {
    return this.http.delete<SubscriptionStateView>(subscriptionUrl(username));
  }

  /** The channels the caller follows, most recently followed first. */
  following(page: number, pageSize: number): Observable<Page<ChannelSummaryView>> {
    return this.http.get<Page<ChannelSummaryView>>('/api/subscriptions', {
      params: queryParams({ page, pageSize }),
    });
  }

  /** New videos of the followed channels, newest first. */
  feed(page: number, pageSize: number): Observable<Page<VideoView>> {
    return this.http.get<Page<VideoView>>('/api/feed/subscriptions', {
      params: queryParams({ page, pageSize }),
    });
  }
}
