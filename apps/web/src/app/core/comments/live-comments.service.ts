import { inject, Injectable } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { type CommentView, SocketEvents, type WatchRequest } from '@clipstream/contract';
import { filter, ignoreElements, merge, Observable, tap } from 'rxjs';

import { SocketService } from '../socket/socket.service';

/**
 * New comments of one video as they are written. Subscribing joins the video's room (again after
 * every reconnection, since a new connection is in no room), unsubscribing leaves it.
 */
@Injectable({ providedIn: 'root' })
export class LiveCommentsService {
  private readonly socket = inject(SocketService);
  private readonly socketState$ = toObservable(this.socket.state);

  of(videoId: string): Observable<CommentView> {
    const room: WatchRequest = { videoId };
    const joined$ = this.socketState$.pipe(
      filter((state) => state === 'connected'),
      tap(() => this.socket.emit(SocketEvents.watch, room)),
      ignoreElements(),
    );
    const comments$ = this.socket
      .on<CommentView>(SocketEvents.commentCreated)
      .pipe(filter((comment) => comment.videoId === videoId));
    return new Observable<CommentView>((subscriber) => {
      const subscription = merge(joined$, comments$).subscribe(subscriber);
      return () => {
        subscription.unsubscribe();
        if (this.socket.state() === 'connected') this.socket.emit(SocketEvents.unwatch, room);
      };
    });
  }
}
