import { io, Socket } from 'socket.io-client';
import { Rooms } from '@clipstream/core';
import { SocketEmitter } from '../../apps/server/src/realtime/socket-emitter';
import { Api, registerUser, uniqueName } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';

function connect(baseUrl: string, token?: string): Socket {
  return io(baseUrl, {
    path: '/socket.io/',
    auth: token ? { token } : {},
    transports: ['websocket'],
    reconnection: false,
  });
}

function outcome(socket: Socket): Promise<{ connected: boolean; error?: string }> {
  return new Promise((resolve) => {
    socket.once('connect', () => resolve({ connected: true }));
    socket.once('connect_error', (error) => resolve({ connected: false, error: error.message }));
  });
}

describe('socket.io gateway', () => {
  let server: TestServer;
  let api: Api;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    api = new Api(server.baseUrl);
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    await server.close();
  });

  it('accepts a guest without a token, refuses a forged one', async () => {
    const guest = connect(server.baseUrl);
    const forged = connect(server.baseUrl, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
    sockets.push(guest, forged);
    await expect(outcome(guest)).resolves.toEqual({ connected: true });
    await expect(outcome(forged)).resolves.toEqual({
      connected: false,
      error: expect.stringMatching(/unauthorized/),
    });
  });

  it('puts a signed-in socket in its user room and delivers events there only', async () => {
    const alice = await registerUser(api);
    const bob = await registerUser(api);
    const aliceSocket = connect(server.baseUrl, alice.token);
    const bobSocket = connect(server.baseUrl, bob.token);
    sockets.push(aliceSocket, bobSocket);
    await expect(outcome(aliceSocket)).resolves.toEqual({ connected: true });
    await expect(outcome(bobSocket)).resolves.toEqual({ connected: true });

    const bobGot: unknown[] = [];
    bobSocket.on('notification', (payload) => bobGot.push(payload));
    const received = new Promise((resolve) => aliceSocket.once('notification', resolve));
    server.app
      .get(SocketEmitter)
      .toUser(alice.user.id, 'notification', { id: 'n1', type: 'video.ready', createdAt: 'now' });
    await expect(received).resolves.toEqual({ id: 'n1', type: 'video.ready', createdAt: 'now' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bobGot).toEqual([]);
    expect(Rooms.user(alice.user.id)).toBe(`user:${alice.user.id}`);
  });

  it('refuses to join the room of a video that does not exist', async () => {
    const alice = await registerUser(api);
    const socket = connect(server.baseUrl, alice.token);
    sockets.push(socket);
    await outcome(socket);
    await expect(socket.emitWithAck('watch', { videoId: 'not-a-uuid' })).resolves.toEqual({ ok: false });
    await expect(
      socket.emitWithAck('watch', { videoId: '00000000-0000-4000-8000-000000000000' }),
    ).resolves.toEqual({ ok: false });
  });

  it('counts handshakes and watch requests against the API rate limit, per person or per guest address', async () => {
    // a server and counters of its own: RATE_LIMIT_API 4 a minute
    const limited = await startTestServer({
      REDIS_PREFIX: `${process.env.REDIS_PREFIX}-${uniqueName('rl')}`,
      RATE_LIMIT_API: '4/60',
    });
    try {
      const alice = await registerUser(new Api(limited.baseUrl)); // 1 call from this address
      const guests = [1, 2, 3, 4].map(() => connect(limited.baseUrl));
      sockets.push(...guests);
      const outcomes = [];
      for (const guest of guests) outcomes.push(await outcome(guest));
      expect(outcomes.slice(0, 3)).toEqual(Array(3).fill({ connected: true }));
      expect(outcomes[3]).toEqual({
        connected: false,
        error: expect.stringMatching(/Too many requests; try again in \d+ seconds/),
      });

      // a signed-in person from the same address has their own budget: the handshake, then 3 watches
      const socket = connect(limited.baseUrl, alice.token);
      sockets.push(socket);
      await expect(outcome(socket)).resolves.toEqual({ connected: true });
      const watch = () => socket.emitWithAck('watch', { videoId: '00000000-0000-4000-8000-000000000000' });
      for (let i = 0; i < 3; i++) await expect(watch()).resolves.toEqual({ ok: false });
      await expect(watch()).resolves.toEqual({
        ok: false,
        error: expect.stringMatching(/Too many requests/),
      });
    } finally {
      await limited.close();
    }
  });
});
