import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CommentThreadView, CommentView, Page } from '@clipstream/contract';
import { Observable } from 'rxjs';

import { queryParams } from '../http/query-params';

/** The longest comment the API takes. */
export const COMMENT_MAX = 5000;

function commentUrl(id: string): string {
  return `/api/comments/${encodeURIComponent(id)}`;
}

function videoCommentsUrl(videoId: string): string {
  return `/api/videos/${encodeURIComponent(videoId)}/comments`;
}

/** Comments under videos: threads one level deep, newest threads first, replies oldest first. */
@Injectable({ providedIn: 'root' })
export class CommentService {
  private readonly http = inject(HttpClient);

  threads(videoId: string, page: number, pageSize: number): Observable<Page<CommentThreadView>> {
    return this.http.get<Page<CommentThreadView>>(videoCommentsUrl(videoId), {
      params: queryParams({ page, pageSize }),
    });
  }

  replies(threadId: string, page: number, pageSize: number): Observable<Page<CommentView>> {
    return this.http.get<Page<CommentView>>(`${commentUrl(threadId)}/replies`, {
      params: queryParams({ page, pageSize }),
    });
  }

  /** A reply to a reply joins the thread of its top-level comment (the answer's `parentId`). */
  create(videoId: string, body: string, parentId?: string): Observable<CommentView> {
    return this.http.post<CommentView>(videoCommentsUrl(videoId), parentId ? { body, parentId } : { body });
  }

  edit(id: string, body: string): Observable<CommentView> {
    return this.http.patch<CommentView>(commentUrl(id), { body });
  }

  /** Deletes a thread with its replies. */
  remove(id: string): Observable<void> {
    return this.http.delete<void>(commentUrl(id));
  }
}
