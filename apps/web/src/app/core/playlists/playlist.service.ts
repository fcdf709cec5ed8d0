import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  Page,
  PlaylistItemView,
  PlaylistSummaryView,
  PlaylistView,
  Visibility,
} from '@clipstream/contract';
import { Observable } from 'rxjs';

import { queryParams } from '../http/query-params';

/** The API's name for the caller's own built-in "Watch later" list. */
export const WATCH_LATER = 'watch-later';
export const PLAYLIST_TITLE_MAX = 150;
export const PLAYLIST_DESCRIPTION_MAX = 5000;

export interface PlaylistDraft {
  title: string;
  description?: string;
  visibility?: Visibility;
}

function playlistUrl(id: string): string {
  return `/api/playlists/${encodeURIComponent(id)}`;
}

@Injectable({ providedIn: 'root' })
export class PlaylistService {
  private readonly http = inject(HttpClient);

  /** The caller's playlists, "Watch later" first. */
  mine(page: number, pageSize: number): Observable<Page<PlaylistSummaryView>> {
    return this.http.get<Page<PlaylistSummaryView>>('/api/playlists', {
      params: queryParams({ page, pageSize }),
    });
  }

  get(id: string): Observable<PlaylistView> {
    return this.http.get<PlaylistView>(playlistUrl(id));
  }

  create(draft: PlaylistDraft): Observable<PlaylistView> {
    return this.http.post<PlaylistView>('/api/playlists', draft);
  }

  update(id: string, changes: Partial<PlaylistDraft>): Observable<PlaylistView> {
    return this.http.patch<PlaylistView>(playlistUrl(id), changes);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(playlistUrl(id));
  }

  /** 409 when the video is in the playlist already. */
  addItem(id: string, videoId: string): Observable<PlaylistItemView> {
    return this.http.post<PlaylistItemView>(`${playlistUrl(id)}/items`, { videoId });
  }

  removeItem(id: string, videoId: string): Observable<void> {
    return this.http.delete<void>(`${playlistUrl(id)}/items/${encodeURIComponent(videoId)}`);
  }

  /** `videoIds` lists every video of the playlist once, in the new order. */
  reorder(id: string, videoIds: string[]): Observable<PlaylistView> {
    return this.http.put<PlaylistView>(`${playlistUrl(id)}/order`, { videoIds });
  }
}
