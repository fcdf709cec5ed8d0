import { DestroyRef, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { SocketEvents } from '@clipstream/contract';
import { filter, map, Observable, Subject } from 'rxjs';
import { io, Socket } from 'socket.io-client';

import { SessionStore } from '../session/session.store';
import { rateLimitRetryDelay } from './handshake-refusal';

export type SocketState = 'connected' | 'disconnected';
export type SocketEventName = (typeof SocketEvents)[keyof typeof SocketEvents];

interface IncomingEvent {
  name: string;
  payload: unknown;
}

/**
 * The app's one Socket.IO connection. It follows the session: with the token once a user is signed in,
 * as a guest (live comments of public videos, nothing personal) when nobody is, and anew on every sign-in
 * and sign-out. Components listen through `on()`, whose streams survive reconnections and a change of user
 * because they read from one shared subject.
 */
@Injectable({ providedIn: 'root' })
export class SocketService {
  private readonly session = inject(SessionStore);
  private readonly incoming = new Subject<IncomingEvent>();
  private readonly stateSignal = signal<SocketState>('disconnected');
  private socket: Socket | null = null;
  private retry: ReturnType<typeof setTimeout> | undefined;

  readonly state = this.stateSignal.asReadonly();

  constructor() {
    effect(() => {
      const status = this.session.status();
      if (status === 'restoring') return;
      const token = status === 'signed-in' ? this.session.token() : null;
      untracked(() => this.connect(token));
    });
    inject(DestroyRef).onDestroy(() => this.disconnect());
  }

  on<T>(event: SocketEventName): Observable<T> {
    return this.incoming.pipe(
      filter((message) => message.name === event),
      map((message) => message.payload as T),
    );
  }

  emit(event: SocketEventName, payload: unknown): void {
    this.socket?.emit(event, payload);
  }

  private connect(token: string | null): void {
    this.disconnect();
    const socket = io({ path: '/socket.io/', auth: token ? { token } : {} });
    socket.on('connect', () => this.stateSignal.set('connected'));
    socket.on('disconnect', () => this.stateSignal.set('disconnected'));
    socket.on('connect_error', (error) => {
      this.stateSignal.set('disconnected');
      // socket.io gives up after a refusal by the server; one for its rate limit passes
      const retryIn = rateLimitRetryDelay(error);
      if (!socket.active && retryIn !== null) this.retry = setTimeout(() => socket.connect(), retryIn);
    });
    socket.onAny((name: string, payload: unknown) => this.incoming.next({ name, payload }));
    this.socket = socket;
  }

  private disconnect(): void {
    clearTimeout(this.retry);
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    this.socket = null;
    this.stateSignal.set('disconnected');
  }
}
