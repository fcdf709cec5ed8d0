import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

/** GET /api/channels/:username (CONTRACT.md); `videos` is the channel's count of public videos. */
export interface ChannelView {
  username: string;
  displayName: string;
  avatarUrl: string | null;
  bannerUrl: string | null;
  bio: string;
  subscribers: number;
  videos: number;
}

@Injectable({ providedIn: 'root' })
export class ChannelService {
  private readonly http = inject(HttpClient);

  get(username: string): Observable<ChannelView> {
    return this.http.get<ChannelView>(`/api/channels/${encodeURIComponent(username)}`);
  }
}
