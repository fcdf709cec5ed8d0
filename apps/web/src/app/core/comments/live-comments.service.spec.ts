import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { type CommentDeletedEvent, type CommentView, SocketEvents } from '@clipstream/contract';
import { filter, map, Subject } from 'rxjs';

import { SocketService } from '../socket/socket.service';
import { LiveCommentsService } from './live-comments.service';

class FakeSocket {
  readonly events = new Subject<{ name: string; payload: unknown }>();
  readonly state = signal<'connected' | 'disconnected'>('connected');
  readonly sent: Array<[string, unknown]> = [];
  on(name: string) {
    return this.events.pipe(
      filter((event) => event.name === name),
      map((event) => event.payload),
    );
  }
  emit(name: string, payload: unknown) {
    this.sent.push([name, payload]);
  }
}

describe('LiveCommentsService', () => {
  it('joins the video’s room (again after a reconnection), passes on its comment changes, leaves when done', () => {
    const socket = new FakeSocket();
    TestBed.configureTestingModule({ providers: [{ provide: SocketService, useValue: socket }] });
    const received: string[] = [];
    const subscription = TestBed.inject(LiveCommentsService)
      .of('v1')
      .subscribe((change) =>
        received.push(`${change.kind} ${change.kind === 'deleted' ? change.removed.id : change.comment.id}`),
      );
    TestBed.tick();
    expect(socket.sent).toEqual([[SocketEvents.watch, { videoId: 'v1' }]]);

    socket.events.next({
      name: SocketEvents.commentCreated,
      payload: { id: 'c1', videoId: 'v1' } as CommentView,
    });
    socket.events.next({
      name: SocketEvents.commentCreated,
      payload: { id: 'c2', videoId: 'v2' } as CommentView,
    });
    socket.events.next({
      name: SocketEvents.commentUpdated,
      payload: { id: 'c1', videoId: 'v1' } as CommentView,
    });
    socket.events.next({
      name: SocketEvents.commentDeleted,
      payload: { id: 'c1', videoId: 'v1', parentId: null, replyCount: 0 } satisfies CommentDeletedEvent,
    });
    expect(received).toEqual(['created c1', 'updated c1', 'deleted c1']);

    socket.state.set('disconnected');
    TestBed.tick();
    socket.state.set('connected');
    TestBed.tick();
    expect(socket.sent).toHaveLength(2);

    subscription.unsubscribe();
    expect(socket.sent.at(-1)).toEqual([SocketEvents.unwatch, { videoId: 'v1' }]);
  });
});
