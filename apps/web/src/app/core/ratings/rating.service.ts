import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Rating, RatingView } from '@clipstream/contract';
import { Observable } from 'rxjs';

function ratingUrl(videoId: string): string {
  return `/api/videos/${encodeURIComponent(videoId)}/rating`;
}

/** Likes and dislikes of a video; the caller's own rating is `none` when signed out. */
@Injectable({ providedIn: 'root' })
export class RatingService {
  private readonly http = inject(HttpClient);

  get(videoId: string): Observable<RatingView> {
    return this.http.get<RatingView>(ratingUrl(videoId));
  }

  /** Idempotent: the same rating twice counts once; `none` takes it back. */
  rate(videoId: string, rating: Rating): Observable<RatingView> {
    return this.http.put<RatingView>(ratingUrl(videoId), { rating });
  }
}
