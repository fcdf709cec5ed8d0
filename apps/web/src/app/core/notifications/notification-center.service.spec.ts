import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SocketEvents, type NotificationView, type UserView } from '@clipstream/contract';
import { filter, map, Subject } from 'rxjs';

import { BrowserNotifications } from '../browser/browser-notifications';
import { SessionStore } from '../session/session.store';
import { SocketService } from '../socket/socket.service';
import { NotificationCenter } from './notification-center.service';

/** The app's socket adapter, with events and connection state pushed by the test. */
class FakeSocket {
  readonly events = new Subject<{ name: string; payload: unknown }>();
  readonly state = signal<'connected' | 'disconnected'>('disconnected');
  on(name: string) {
    return this.events.pipe(
      filter((event) => event.name === name),
      map((event) => event.payload),
    );
  }
}

const user = { id: 'u1', username: 'ada', displayName: 'Ada', role: 'user' } as UserView;

function stored(id: string, readAt: string | null = null): NotificationView {
  return { id, type: 'comment.new', createdAt: '2026-01-01T00:00:00Z', videoId: 'v1', title: 'Cats', readAt };
}

describe('NotificationCenter', () => {
  function setUp() {
    const socket = new FakeSocket();
    const shown: string[] = [];
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: SocketService, useValue: socket },
        {
          provide: BrowserNotifications,
          useValue: { showWhileHidden: (notice: { body: string }) => shown.push(notice.body) },
        },
      ],
    });
    const session = TestBed.inject(SessionStore);
    const center = TestBed.inject(NotificationCenter);
    const http = TestBed.inject(HttpTestingController);
    session.setUser(user);
    TestBed.tick();
    return { socket, session, center, http, shown };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('reads the list and unread count on sign-in', () => {
    const { center, http } = setUp();
    http
      .expectOne((request) => request.url === '/api/notifications')
      .flush({ items: [stored('n1'), stored('n2', '2026-01-01T00:00:00Z')], total: 2, unread: 1 });
    expect(center.list.items().map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(center.unread()).toBe(1);
  });

  it('puts a live notification first, counts it once, and tells the browser', () => {
    const { center, http, socket, shown } = setUp();
    http
      .expectOne((request) => request.url === '/api/notifications')
      .flush({ items: [stored('n1')], total: 1, unread: 1 });
    const event = {
      id: 'n3',
      type: 'subscriber.new',
      createdAt: '2026-01-02T00:00:00Z',
      actor: { username: 'bob', displayName: 'Bob' },
    };
    socket.events.next({ name: SocketEvents.notification, payload: event });
    socket.events.next({ name: SocketEvents.notification, payload: event });
    expect(center.list.items().map((n) => n.id)).toEqual(['n3', 'n1']);
    expect(center.unread()).toBe(2);
    expect(shown).toEqual(['Bob subscribed to your channel']);
  });

  it('marks one read at once and takes the server’s count', () => {
    const { center, http } = setUp();
    http
      .expectOne((request) => request.url === '/api/notifications')
      .flush({ items: [stored('n1'), stored('n2')], total: 2, unread: 2 });
    center.markRead(center.list.items()[0]);
    expect(center.unread()).toBe(1);
    expect(center.list.items()[0].readAt).not.toBeNull();
    const request = http.expectOne('/api/notifications/read');
    expect(request.request.body).toEqual({ ids: ['n1'] });
    request.flush({ unread: 1 });
  });

  it('marks all read', () => {
    const { center, http } = setUp();
    http
      .expectOne((request) => request.url === '/api/notifications')
      .flush({ items: [stored('n1'), stored('n2')], total: 2, unread: 2 });
    center.markAllRead();
    expect(center.unread()).toBe(0);
    expect(center.list.items().every((n) => n.readAt)).toBe(true);
    const request = http.expectOne('/api/notifications/read');
    expect(request.request.body).toEqual({});
    request.flush({ unread: 0 });
  });

  it('reads the list again after a reconnection, for what was sent meanwhile', () => {
    const { center, http, socket } = setUp();
    http
      .expectOne((request) => request.url === '/api/notifications')
      .flush({ items: [], total: 0, unread: 0 });
    socket.state.set('connected');
    TestBed.tick();
    http.expectNone((request) => request.url === '/api/notifications');
    socket.state.set('disconnected');
    TestBed.tick();
    socket.state.set('connected');
    TestBed.tick();
    http
      .expectOne((request) => request.url === '/api/notifications')
      .flush({ items: [stored('n9')], total: 1, unread: 1 });
    expect(center.unread()).toBe(1);
  });

  it('forgets everything on sign-out', () => {
    const { center, http, session } = setUp();
    http
      .expectOne((request) => request.url === '/api/notifications')
      .flush({ items: [stored('n1')], total: 1, unread: 1 });
    session.clear();
    TestBed.tick();
    expect(center.list.items()).toEqual([]);
    expect(center.unread()).toBe(0);
  });
});
