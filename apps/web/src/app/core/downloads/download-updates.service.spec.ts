import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SocketEvents } from '@clipstream/contract';
import { filter, map, Subject } from 'rxjs';

import { SocketService } from '../socket/socket.service';
import type { DownloadView } from './download.types';
import { type DownloadChange, DownloadUpdatesService } from './download-updates.service';

const running = { id: 'd1', status: 'processing', progress: 10 } as DownloadView;
const done = { id: 'd2', status: 'completed', progress: 100 } as DownloadView;

/** The app's socket adapter, with events pushed by the test. */
class FakeSocket {
  readonly events = new Subject<{ name: string; payload: unknown }>();
  readonly state = signal<'connected' | 'disconnected'>('connected');
  on(name: string) {
    return this.events.pipe(
      filter((event) => event.name === name),
      map((event) => event.payload),
    );
  }
}

describe('DownloadUpdatesService', () => {
  function setUp() {
    const socket = new FakeSocket();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: SocketService, useValue: socket },
      ],
    });
    const changes: DownloadChange[] = [];
    const subscription = TestBed.inject(DownloadUpdatesService)
      .changes(() => [running, done])
      .subscribe((change) => changes.push(change));
    TestBed.tick();
    return { socket, changes, subscription, http: TestBed.inject(HttpTestingController) };
  }

  afterEach(() => vi.useRealTimers());

  it('passes on progress of listed downloads and fetches one again once it settled', () => {
    const { socket, changes, subscription, http } = setUp();
    http.expectOne('/api/downloads/d1').flush(running); // once on connecting, for events missed before

    const progress = { downloadId: 'd1', status: 'processing', progress: 50, etaSeconds: 3, bytes: 10 };
    socket.events.next({
      name: SocketEvents.downloadProgress,
      payload: { ...progress, downloadId: 'other' },
    });
    socket.events.next({ name: SocketEvents.downloadProgress, payload: progress });
    expect(changes.at(-1)).toEqual({ kind: 'progress', event: progress });

    socket.events.next({
      name: SocketEvents.downloadProgress,
      payload: { ...progress, status: 'completed' },
    });
    http.expectOne('/api/downloads/d1').flush({ ...running, status: 'completed', fileSize: 99 });
    expect(changes.at(-1)).toMatchObject({ kind: 'view', download: { status: 'completed', fileSize: 99 } });

    socket.events.next({
      name: SocketEvents.notification,
      payload: { type: 'download.failed', downloadId: 'd2' },
    });
    http.expectOne('/api/downloads/d2').flush({ ...done, status: 'failed' });
    subscription.unsubscribe();
    http.verify();
  });

  it('asks for the running downloads every 2 s while the socket is down', () => {
    vi.useFakeTimers();
    const { socket, subscription, http } = setUp();
    http.expectOne('/api/downloads/d1').flush(running);

    socket.state.set('disconnected');
    TestBed.tick();
    vi.advanceTimersByTime(0);
    http.expectOne('/api/downloads/d1').flush(running);
    vi.advanceTimersByTime(2000);
    http.expectOne('/api/downloads/d1').flush(running);
    vi.advanceTimersByTime(2000);
    http.expectOne('/api/downloads/d1').flush(running);

    socket.state.set('connected');
    TestBed.tick();
    http.expectOne('/api/downloads/d1').flush(running);
    vi.advanceTimersByTime(10_000);
    http.expectNone('/api/downloads/d2');
    subscription.unsubscribe();
    http.verify();
  });
});
