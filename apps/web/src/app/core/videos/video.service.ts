import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Page, UploadStatus, VideoView, ViewCountView } from '@clipstream/contract';
import { Observable } from 'rxjs';

import { queryParams } from '../http/query-params';
import type { ClipRequest, ImportRequest, VideoQuery, VideoUpdate } from './video.types';

function videoUrl(id: string): string {
  return `/api/videos/${encodeURIComponent(id)}`;
}

/** The videos area of the API (CONTRACT.md "Videos"). Uploads go through UploadService. */
@Injectable({ providedIn: 'root' })
export class VideoService {
  private readonly http = inject(HttpClient);

  list(query: VideoQuery = {}): Observable<Page<VideoView>> {
    return this.http.get<Page<VideoView>>('/api/videos', { params: queryParams(query) });
  }

  /** The caller's own videos, whatever their status or visibility. */
  mine(query: Pick<VideoQuery, 'page' | 'pageSize'> = {}): Observable<Page<VideoView>> {
    return this.http.get<Page<VideoView>>('/api/videos/mine', { params: queryParams(query) });
  }

  get(id: string): Observable<VideoView> {
    return this.http.get<VideoView>(videoUrl(id));
  }

  update(id: string, changes: VideoUpdate): Observable<VideoView> {
    return this.http.patch<VideoView>(videoUrl(id), changes);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(videoUrl(id));
  }

  uploadThumbnail(id: string, image: File): Observable<VideoView> {
    const form = new FormData();
    form.append('file', image, image.name);
    return this.http.post<VideoView>(`${videoUrl(id)}/thumbnail`, form);
  }

  /** Called once when playback starts; the server counts one view per viewer per few hours. */
  recordView(id: string): Observable<ViewCountView> {
    return this.http.post<ViewCountView>(`${videoUrl(id)}/views`, {});
  }

  retry(id: string): Observable<unknown> {
    return this.http.post(`${videoUrl(id)}/retry`, {});
  }

  createClip(id: string, clip: ClipRequest): Observable<VideoView> {
    return this.http.post<VideoView>(`${videoUrl(id)}/clips`, clip);
  }

  /** Answers the new video at once (pending); the worker fetches the source and hands it to the pipeline. */
  importUrl(request: ImportRequest): Observable<VideoView> {
    return this.http.post<VideoView>('/api/videos/import', request);
  }

  /** `uploadId` is the last path segment of the tus upload URL. */
  uploadStatus(uploadId: string): Observable<UploadStatus> {
    return this.http.get<UploadStatus>(`/api/uploads/${encodeURIComponent(uploadId)}`);
  }
}
