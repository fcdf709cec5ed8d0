import { inject, Injectable } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import {
  type CommentDeletedEvent,
  type CommentView,
  SocketEvents,
  type WatchRequest,
} from '@clipstream/contract';
import { filter, ignoreElements, map, merge, Observable, tap } from 'rxjs';

import { SocketService, type SocketEventName } from '../socket/socket.service';

/** What other people did to the comments of the video being watched. */
export type LiveCommentChange =
  | { kind: 'created'; comment: CommentView }
  | { kind: 'updated'; comment: CommentView }
  | { kind: 'deleted'; removed: CommentDeletedEvent };

/**
 * Comments of one video as they are written, edited and deleted. Subscribing joins the video's room
 * (again after every reconnection, since a new connection is in no room), unsubscribing leaves it.
 */
@Injectable({ providedIn: 'root' })
export class LiveCommentsService {
  private readonly socket = inject(SocketService);
  private readonly socketState$ = toObservable(this.socket.state);

  of(videoId: string): Observable<LiveCommentChange> {
    const room: WatchRequest = { videoId };
    const joined$ = this.socketState$.pipe(
      filter((state) => state === 'connected'),
      tap(() => this.socket.emit(SocketEvents.watch, room)),
      ignoreElements(),
    );
    const ofThisVideo = <T extends { videoId: string }>(event: SocketEventName) =>
      this.socket.on<T>(event).pipe(filter((payload) => payload.videoId === videoId));
    const changes$: Observable<LiveCommentChange> = merge(
      ofThisVideo<CommentView>(SocketEvents.commentCreated).pipe(
        map((comment) => ({ kind: 'created' as const, comment })),
      ),
      ofThisVideo<CommentView>(SocketEvents.commentUpdated).pipe(
        map((comment) => ({ kind: 'updated' as const, comment })),
      ),
      ofThisVideo<CommentDeletedEvent>(SocketEvents.commentDeleted).pipe(
        map((removed) => ({ kind: 'deleted' as const, removed })),
      ),
    );
    return new Observable<LiveCommentChange>((subscriber) => {
      const subscription = merge(joined$, changes$).subscribe(subscriber);
      return () => {
        subscription.unsubscribe();
        if (this.socket.state() === 'connected') this.socket.emit(SocketEvents.unwatch, room);
      };
    });
  }
}
