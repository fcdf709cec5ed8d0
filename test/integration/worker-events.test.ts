import { MikroORM } from '@mikro-orm/postgresql';
import { io, Socket } from 'socket.io-client';
import { DownloadProgressEvent, loadConfig, SocketEvents, Video, VideoProgressEvent } from '@clipstream/core';
import { EventPublisher } from '../../apps/worker/src';
import { Api, registerUser, Session } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';

/**
 * The worker has no Socket.IO server of its own: what it publishes must reach a browser connected to a
 * server node (through Redis), and only the sockets of the targeted room.
 */
describe('worker: events to browsers', () => {
  const publisher = new EventPublisher(loadConfig());
  let server: TestServer;
  let alice: Session;
  let bob: Session;
  const sockets: Socket[] = [];

  async function connect(session: Session): Promise<Socket> {
    const socket = io(server.baseUrl, {
      path: '/socket.io/',
      auth: { token: session.token },
      transports: ['websocket'],
      reconnection: false,
    });
    sockets.push(socket);
    await new Promise((resolve, reject) => socket.once('connect', resolve).once('connect_error', reject));
    return socket;
  }

  /** Resolves with the first payload of `event` on `socket`. */
  const next = (socket: Socket, event: string) => new Promise((resolve) => socket.once(event, resolve));

  beforeAll(async () => {
    server = await startTestServer();
    const api = new Api(server.baseUrl);
    alice = await registerUser(api);
    bob = await registerUser(api);
  });

  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    await publisher.onApplicationShutdown();
    await server?.close();
  });

  it("reaches the user's own sockets and not another user's", async () => {
    const [aliceSocket, bobSocket] = [await connect(alice), await connect(bob)];
    const progress = (downloadId: string): DownloadProgressEvent => ({
      downloadId,
      status: 'processing',
      progress: 40,
      etaSeconds: 12,
      bytes: 1024,
    });
    const aliceGets = next(aliceSocket, SocketEvents.downloadProgress);
    const bobGets = next(bobSocket, SocketEvents.downloadProgress);

    publisher.toUser(alice.user.id, SocketEvents.downloadProgress, progress('alice-download'));
    publisher.toUser(bob.user.id, SocketEvents.downloadProgress, progress('bob-download'));

    // one publishing connection keeps the order: had Bob received Alice's event, it would come first
    expect(await aliceGets).toEqual(progress('alice-download'));
    expect(await bobGets).toEqual(progress('bob-download'));
  });

  it("reaches the watchers of the video's page", async () => {
    const em = server.app.get(MikroORM).em.fork();
    const video = em.create(Video, { owner: alice.user.id, title: 'A video being transcoded' });
    await em.flush();
    const watcher = await connect(alice);
    const idle = await connect(bob); // not watching: the event must not reach it
    expect(await watcher.emitWithAck(SocketEvents.watch, { videoId: video.id })).toEqual({ ok: true });

    const progress: VideoProgressEvent = {
      videoId: video.id,
      status: 'processing',
      progress: 50,
      stage: 'transcode',
    };
    const watcherGets = next(watcher, SocketEvents.videoProgress);
    const idleGets = next(idle, SocketEvents.videoProgress);
    publisher.toVideo(video.id, SocketEvents.videoProgress, progress);
    // a later event to Bob himself, so that "nothing else arrived before it" is something to wait for
    const bobNext = next(idle, SocketEvents.downloadProgress);
    publisher.toUser(bob.user.id, SocketEvents.downloadProgress, {
      downloadId: 'd',
      status: 'completed',
      progress: 100,
      etaSeconds: 0,
      bytes: 1,
    });

    expect(await watcherGets).toEqual(progress);
    await bobNext;
    expect(await Promise.race([idleGets, Promise.resolve('nothing')])).toBe('nothing');
  });
});
