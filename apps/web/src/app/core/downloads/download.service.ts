import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Page } from '@clipstream/contract';
import { Observable } from 'rxjs';

import type {
  BatchDownloadRequest,
  DownloadView,
  ShareLink,
  SingleDownloadRequest,
  SourceInspection,
} from './download.types';

function downloadUrl(id: string): string {
  return `/api/downloads/${encodeURIComponent(id)}`;
}

/** The segment downloader's area of the API (CONTRACT.md "Segment downloads"). */
@Injectable({ providedIn: 'root' })
export class DownloadService {
  private readonly http = inject(HttpClient);

  inspect(url: string): Observable<SourceInspection> {
    return this.http.post<SourceInspection>('/api/sources/inspect', { url });
  }

  create(request: SingleDownloadRequest): Observable<DownloadView>;
  create(request: BatchDownloadRequest): Observable<DownloadView[]>;
  create(request: SingleDownloadRequest | BatchDownloadRequest): Observable<DownloadView | DownloadView[]> {
    return this.http.post<DownloadView | DownloadView[]>('/api/downloads', request);
  }

  /** The caller's history, newest first. */
  list(page: number, pageSize: number): Observable<Page<DownloadView>> {
    const params = new HttpParams().set('page', page).set('pageSize', pageSize);
    return this.http.get<Page<DownloadView>>('/api/downloads', { params });
  }

  get(id: string): Observable<DownloadView> {
    return this.http.get<DownloadView>(downloadUrl(id));
  }

  retry(id: string): Observable<DownloadView> {
    return this.http.post<DownloadView>(`${downloadUrl(id)}/retry`, {});
  }

  cancel(id: string): Observable<DownloadView> {
    return this.http.post<DownloadView>(`${downloadUrl(id)}/cancel`, {});
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(downloadUrl(id));
  }

  /** A signed link to the file that works without the bearer token, until it expires. */
  share(id: string): Observable<ShareLink> {
    return this.http.post<ShareLink>(`${downloadUrl(id)}/share`, {});
  }
}
