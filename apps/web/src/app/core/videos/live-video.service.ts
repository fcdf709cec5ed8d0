import { inject, Injectable } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { SocketEvents, type VideoProgressEvent, type VideoView } from '@clipstream/contract';
import {
  catchError,
  distinctUntilChanged,
  EMPTY,
  filter,
  interval,
  map,
  merge,
  Observable,
  scan,
  switchMap,
  tap,
} from 'rxjs';

import { SocketService } from '../socket/socket.service';
import { VideoService } from './video.service';
import { applyProgress, isSettled } from './video-progress';

/** How often to ask the API while live updates are not arriving (socket down). */
const POLL_MS = 5000;

type Change = { kind: 'video'; video: VideoView } | { kind: 'progress'; event: VideoProgressEvent };

/**
 * A video kept up to date while the pipeline works on it: the API's answer first, then the
 * `video.progress` events of the owner's room. A settled status (ready/failed) is fetched again
 * because the event does not carry the stream URLs or the reason of a failure. While the socket is
 * down the API is polled instead, so a page never waits forever on a lost connection.
 */
@Injectable({ providedIn: 'root' })
export class LiveVideoService {
  private readonly videos = inject(VideoService);
  private readonly socket = inject(SocketService);
  private readonly socketState$ = toObservable(this.socket.state);

  /** Every progress event of the signed-in user's videos. */
  progress(): Observable<VideoProgressEvent> {
    return this.socket.on<VideoProgressEvent>(SocketEvents.videoProgress);
  }

  track(id: string): Observable<VideoView> {
    return this.follow(this.videos.get(id), id);
  }

  /** Like track(), starting from a request that answers with the video (e.g. a POST). */
  follow(first: Observable<VideoView>, id: string): Observable<VideoView> {
    let latest: VideoView | null = null;
    const events$ = this.progress().pipe(filter((event) => event.videoId === id));
    const settledAgain$ = events$.pipe(
      map((event) => event.status),
      distinctUntilChanged(),
      filter(isSettled),
      switchMap(() => this.quietGet(id)),
    );
    const poll$ = this.socketState$.pipe(
      switchMap((state) => (state === 'connected' ? EMPTY : interval(POLL_MS))),
      filter(() => latest !== null && !isSettled(latest.status)),
      switchMap(() => this.quietGet(id)),
    );
    const changes$: Observable<Change> = merge(
      merge(first, settledAgain$, poll$).pipe(map((video) => ({ kind: 'video', video }) as const)),
      events$.pipe(map((event) => ({ kind: 'progress', event }) as const)),
    );
    return changes$.pipe(
      scan<Change, VideoView | null>((video, change) => {
        if (change.kind === 'video') return change.video;
        return video ? applyProgress(video, change.event) : null;
      }, null),
      filter((video): video is VideoView => video !== null),
      tap((video) => (latest = video)),
    );
  }

  /** A refresh that fails (a network blip) is skipped: the next event or poll tries again. */
  private quietGet(id: string): Observable<VideoView> {
    return this.videos.get(id).pipe(catchError(() => EMPTY));
  }
}
