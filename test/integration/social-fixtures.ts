import { io, Socket } from 'socket.io-client';
import type { Session } from '../support/http';

/** Helpers shared by the social-*.test.ts suites: live sockets of signed-in people. */

export interface LiveSocket {
  socket: Socket;
  /** Every payload received so far for this event, in order. */
  received(event: string): any[];
  /** The first payload of this event (already received or still to come) that matches. */
  next(event: string, matches?: (payload: any) => boolean): Promise<any>;
  close(): void;
}

/**
 * A socket.io-client connection with the person's token (none: a guest), once the server has accepted it;
 * over WebSocket unless `transport` says long-polling.
 */
export async function connectAs(
  baseUrl: string,
  session: Session | null,
  { transport = 'websocket' }: { transport?: 'websocket' | 'polling' } = {},
): Promise<LiveSocket> {
  const socket = io(baseUrl, {
    path: '/socket.io/',
    auth: session ? { token: session.token } : {},
    transports: [transport],
    reconnection: false,
  });
  const log = new Map<string, any[]>();
  const waiters: Array<{
    event: string;
    matches: (payload: any) => boolean;
    resolve: (payload: any) => void;
  }> = [];
  socket.onAny((event: string, payload: unknown) => {
    log.set(event, [...(log.get(event) ?? []), payload]);
    for (const waiter of waiters.filter((w) => w.event === event && w.matches(payload))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(payload);
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return {
    socket,
    received: (event) => log.get(event) ?? [],
    next: (event, matches = () => true) => {
      const seen = (log.get(event) ?? []).find(matches);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ event, matches, resolve }));
    },
    close: () => socket.close(),
  };
}

/** Joins the live room of a watch page. */
export async function watch(live: LiveSocket, videoId: string): Promise<void> {
  const answer = await live.socket.emitWithAck('watch', { videoId });
  if (!answer.ok) throw new Error(`could not watch ${videoId}`);
}

/** Runs `count` calls at the same time. */
export function together<T>(count: number, call: (index: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: count }, (_, index) => call(index)));
}
