import { inject, Injectable } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { type DownloadProgressEvent, type NotificationEvent, SocketEvents } from '@clipstream/contract';
import {
  catchError,
  EMPTY,
  exhaustMap,
  filter,
  from,
  map,
  merge,
  mergeMap,
  Observable,
  of,
  switchMap,
  timer,
} from 'rxjs';

import { SocketService } from '../socket/socket.service';
import { DownloadService } from './download.service';
import type { DownloadView } from './download.types';
import { isRunning, isSettled } from './download-progress';

/** How often running downloads are asked for while live updates cannot arrive. */
const POLL_MS = 2000;
const FINISHED_NOTIFICATIONS = new Set(['download.completed', 'download.failed']);

export type DownloadChange =
  { kind: 'progress'; event: DownloadProgressEvent } | { kind: 'view'; download: DownloadView };

/**
 * Keeps listed downloads up to date: the owner's `download.progress` events as they come; a download that
 * settled is fetched again, because the event lacks the file's size and link or the reason of a failure;
 * and while the socket is down the running ones are asked for every 2 s (and once more when it is back,
 * for the events sent meanwhile), so a progress bar never waits on a lost connection.
 */
@Injectable({ providedIn: 'root' })
export class DownloadUpdatesService {
  private readonly downloads = inject(DownloadService);
  private readonly socket = inject(SocketService);
  private readonly socketState$ = toObservable(this.socket.state);

  changes(listed: () => readonly DownloadView[]): Observable<DownloadChange> {
    const isListed = (id: unknown): id is string =>
      typeof id === 'string' && listed().some((download) => download.id === id);
    const events$ = this.socket
      .on<DownloadProgressEvent>(SocketEvents.downloadProgress)
      .pipe(filter((event) => isListed(event.downloadId)));
    const finished$ = merge(
      events$.pipe(
        filter((event) => isSettled(event.status)),
        map((event) => event.downloadId),
      ),
      this.socket.on<NotificationEvent>(SocketEvents.notification).pipe(
        filter((notification) => FINISHED_NOTIFICATIONS.has(notification.type)),
        map((notification) => notification['downloadId']),
        filter(isListed),
      ),
    );
    const polled$ = this.socketState$.pipe(
      switchMap((state) => (state === 'connected' ? of(0) : timer(0, POLL_MS))),
      // A slow answer is not asked for again on top of itself.
      exhaustMap(() =>
        from(listed().filter((download) => isRunning(download.status))).pipe(
          mergeMap((download) => this.quietGet(download.id)),
        ),
      ),
    );
    const fetched$ = merge(finished$.pipe(mergeMap((id) => this.quietGet(id))), polled$);
    return merge(
      events$.pipe(map((event): DownloadChange => ({ kind: 'progress', event }))),
      fetched$.pipe(map((download): DownloadChange => ({ kind: 'view', download }))),
    );
  }

  /** A refresh that fails (a network blip, a download deleted meanwhile) is skipped; the next one tries again. */
  private quietGet(id: string): Observable<DownloadView> {
    return this.downloads.get(id).pipe(catchError(() => EMPTY));
  }
}
