import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ChannelView, Page, PlaylistSummaryView, VideoView } from '@clipstream/contract';
import { Observable } from 'rxjs';

import { queryParams } from '../http/query-params';

function channelUrl(username: string): string {
  return `/api/channels/${encodeURIComponent(username)}`;
}

/** A creator's public page: who they are, their videos and their playlists. */
@Injectable({ providedIn: 'root' })
export class ChannelService {
  private readonly http = inject(HttpClient);

  get(username: string): Observable<ChannelView> {
    return this.http.get<ChannelView>(channelUrl(username));
  }

  videos(username: string, page: number, pageSize: number): Observable<Page<VideoView>> {
    return this.http.get<Page<VideoView>>(`${channelUrl(username)}/videos`, {
      params: queryParams({ page, pageSize }),
    });
  }

  /** Public playlists; the owner sees all of theirs. */
  playlists(username: string, page: number, pageSize: number): Observable<Page<PlaylistSummaryView>> {
    return this.http.get<Page<PlaylistSummaryView>>(`${channelUrl(username)}/playlists`, {
      params: queryParams({ page, pageSize }),
    });
  }
}
