import { SocketEvents } from '@clipstream/core';
import { SocketEmitter } from '../../apps/server/src/realtime/socket-emitter';
import { Api, registerUser, Session } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';
import { connectAs, LiveSocket, watch } from './social-fixtures';
import { makeReadyVideo, setRole } from './videos-fixtures';

describe('comments', () => {
  let server: TestServer;
  let api: Api;
  let owner: Session;
  let alice: Session;
  let bob: Session;
  const sockets: LiveSocket[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    api = new Api(server.baseUrl);
    [owner, alice, bob] = await Promise.all([registerUser(api), registerUser(api), registerUser(api)]);
  });
  afterAll(async () => {
    sockets.forEach((live) => live.close());
    await server.close();
  });

  /** A signed-in person's socket, or a guest's (null). */
  async function live(session: Session | null): Promise<LiveSocket> {
    const socket = await connectAs(server.baseUrl, session);
    sockets.push(socket);
    return socket;
  }

  const comment = (session: Session, videoId: string, body: string, parentId?: string) =>
    session.api.post(`/api/videos/${videoId}/comments`, parentId ? { body, parentId } : { body });

  /** Every event sent before this marker has reached the socket once the marker has. */
  async function flush(socket: LiveSocket, userId: string): Promise<void> {
    const marker = `marker-${Math.random()}`;
    server.app.get(SocketEmitter).toUser(userId, SocketEvents.notification, { id: marker });
    await socket.next(SocketEvents.notification, (payload) => payload.id === marker);
  }

  it('threads replies one level deep: newest threads first, replies oldest first, counters kept', async () => {
    const videoId = await makeReadyVideo(server, owner.user.id);
    const first = await comment(alice, videoId, 'First!');
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      id: expect.any(String),
      videoId,
      parentId: null,
      body: 'First!',
      author: {
        id: alice.user.id,
        username: alice.user.username,
        displayName: expect.any(String),
        avatarUrl: null,
      },
      createdAt: expect.any(String),
      editedAt: null,
      replyCount: 0,
    });
    const second = await comment(bob, videoId, 'Second');
    const reply = await comment(bob, videoId, 'A reply', first.body.id);
    // a reply to a reply joins the thread of its top-level comment
    const nested = await comment(owner, videoId, 'A reply to the reply', reply.body.id);
    expect(reply.body.parentId).toBe(first.body.id);
    expect(nested.body.parentId).toBe(first.body.id);

    const page = await api.get(`/api/videos/${videoId}/comments`);
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(2);
    expect(page.body.items.map((thread: any) => thread.id)).toEqual([second.body.id, first.body.id]);
    expect(page.body.items[1].replyCount).toBe(2);
    expect(page.body.items[1].replies.map((r: any) => r.body)).toEqual(['A reply', 'A reply to the reply']);
    expect(page.body.items[0].replies).toEqual([]);
    expect((await api.get(`/api/videos/${videoId}`)).body.commentCount).toBe(4);

    const paged = await api.get(`/api/videos/${videoId}/comments?page=2&pageSize=1`);
    expect(paged.body.items.map((thread: any) => thread.id)).toEqual([first.body.id]);
    const replies = await api.get(`/api/comments/${first.body.id}/replies?pageSize=1&page=2`);
    expect(replies.body).toEqual({
      items: [expect.objectContaining({ body: 'A reply to the reply' })],
      total: 2,
    });

    // deleting a thread takes its replies with it
    expect((await alice.api.delete(`/api/comments/${first.body.id}`)).status).toBe(204);
    expect((await api.get(`/api/videos/${videoId}`)).body.commentCount).toBe(1);
    expect((await api.get(`/api/videos/${videoId}/comments`)).body.total).toBe(1);
  });

  it('stores markup and odd text exactly as written (escaping is for whoever shows it)', async () => {
    const videoId = await makeReadyVideo(server, owner.user.id);
    const body = `<script>alert("x")</script> <b>bold</b> & 'quotes' ? ?? \\ 😀`;
    const created = await comment(alice, videoId, `  ${body}\n`);
    expect(created.status).toBe(201);
    expect(created.body.body).toBe(body);
    const page = await api.get(`/api/videos/${videoId}/comments`);
    expect(page.body.items[0].body).toBe(body);
  });

  it('refuses bad comments with 400 and unknown ones with 404', async () => {
    const videoId = await makeReadyVideo(server, owner.user.id);
    for (const body of [
      { body: '   ' },
      { body: 'x'.repeat(5001) },
      {},
      { body: 'ok', parentId: 'nope' },
      { body: 'ok', extra: 1 },
    ]) {
      const result = await alice.api.post(`/api/videos/${videoId}/comments`, body);
      expect(result.status).toBe(400);
      expect(result.body.message).toEqual(expect.any(String));
    }
    expect((await comment(alice, videoId, 'x'.repeat(5000))).status).toBe(201);
    expect((await comment(alice, videoId, 'hi', '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await alice.api.delete('/api/comments/not-an-id')).status).toBe(404);
    expect((await api.post(`/api/videos/${videoId}/comments`, { body: 'anonymous' })).status).toBe(401);
    // a reply must belong to the same video
    const elsewhere = await makeReadyVideo(server, owner.user.id);
    const other = await comment(alice, elsewhere, 'over there');
    expect((await comment(alice, videoId, 'hi', other.body.id)).status).toBe(404);
  });

  it('lets only the author edit, and the author, the video owner or a moderator delete', async () => {
    const videoId = await makeReadyVideo(server, owner.user.id);
    const mine = await comment(alice, videoId, 'Original');
    expect((await bob.api.patch(`/api/comments/${mine.body.id}`, { body: 'Hacked' })).status).toBe(403);
    expect((await owner.api.patch(`/api/comments/${mine.body.id}`, { body: 'Hacked' })).status).toBe(403);
    const edited = await alice.api.patch(`/api/comments/${mine.body.id}`, { body: ' Edited ' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ body: 'Edited', editedAt: expect.any(String) });

    expect((await bob.api.delete(`/api/comments/${mine.body.id}`)).status).toBe(403);
    expect((await owner.api.delete(`/api/comments/${mine.body.id}`)).status).toBe(204);

    const moderator = await registerUser(api);
    await setRole(server, moderator.user.id, 'moderator');
    const another = await comment(bob, videoId, 'Rude');
    expect((await moderator.api.delete(`/api/comments/${another.body.id}`)).status).toBe(204);
    expect((await api.get(`/api/videos/${videoId}/comments`)).body.total).toBe(0);
    expect((await api.get(`/api/videos/${videoId}`)).body.commentCount).toBe(0);
  });

  it('keeps the comments of a private or hidden video as private as the video', async () => {
    const privateVideo = await makeReadyVideo(server, owner.user.id, { visibility: 'private' });
    const hiddenVideo = await makeReadyVideo(server, owner.user.id, { hidden: true });
    const secret = await comment(owner, privateVideo, 'only for me');
    expect(secret.status).toBe(201);
    await comment(owner, hiddenVideo, 'hidden talk');

    expect((await api.get(`/api/videos/${privateVideo}/comments`)).status).toBe(403);
    expect((await alice.api.get(`/api/videos/${privateVideo}/comments`)).status).toBe(403);
    expect((await comment(alice, privateVideo, 'let me in')).status).toBe(403);
    expect((await alice.api.get(`/api/comments/${secret.body.id}/replies`)).status).toBe(403);
    expect((await alice.api.patch(`/api/comments/${secret.body.id}`, { body: 'x' })).status).toBe(403);
    expect((await alice.api.get(`/api/videos/${hiddenVideo}/comments`)).status).toBe(404);
    expect((await comment(alice, hiddenVideo, 'hello?')).status).toBe(404);

    const own = await owner.api.get(`/api/videos/${privateVideo}/comments`);
    expect(own.status).toBe(200);
    expect(own.body.items.map((c: any) => c.body)).toEqual(['only for me']);

    // nor can anyone but the owner follow them live
    const [guestLive, aliceLive, ownerLive] = await Promise.all([live(null), live(alice), live(owner)]);
    const watchAs = (socket: LiveSocket, videoId: string) =>
      socket.socket.emitWithAck('watch', { videoId }).then((answer: { ok: boolean }) => answer.ok);
    expect(await watchAs(guestLive, privateVideo)).toBe(false);
    expect(await watchAs(guestLive, hiddenVideo)).toBe(false);
    expect(await watchAs(aliceLive, privateVideo)).toBe(false);
    expect(await watchAs(ownerLive, privateVideo)).toBe(true);
  });

  it('pushes comment.created to watchers, comment.reply to the commenter and comment.new to the owner', async () => {
    const videoId = await makeReadyVideo(server, owner.user.id, { title: 'Live talk' });
    const [watcher, guest, aliceLive, ownerLive] = await Promise.all([
      live(bob),
      live(null),
      live(alice),
      live(owner),
    ]);
    await watch(watcher, videoId);
    await watch(guest, videoId);

    const question = await comment(alice, videoId, 'Where is this?');
    const broadcast = await watcher.next(SocketEvents.commentCreated, (c) => c.id === question.body.id);
    expect(broadcast).toEqual(question.body);
    // signed-out viewers of a public video see the talk live too
    expect(await guest.next(SocketEvents.commentCreated, (c) => c.id === question.body.id)).toEqual(
      question.body,
    );
    const toOwner = await ownerLive.next(SocketEvents.notification, (n) => n.commentId === question.body.id);
    expect(toOwner).toEqual({
      id: expect.any(String),
      type: 'comment.new',
      createdAt: expect.any(String),
      videoId,
      title: 'Live talk',
      commentId: question.body.id,
      excerpt: 'Where is this?',
      actor: expect.objectContaining({ id: alice.user.id, username: alice.user.username }),
    });

    const answer = await comment(owner, videoId, 'In the Alps', question.body.id);
    const toAlice = await aliceLive.next(SocketEvents.notification, (n) => n.type === 'comment.reply');
    expect(toAlice).toMatchObject({
      type: 'comment.reply',
      videoId,
      commentId: answer.body.id,
      parentId: question.body.id,
      excerpt: 'In the Alps',
      actor: { id: owner.user.id },
    });
    // rows first: the notification is there for the next page load too
    const stored = await alice.api.get('/api/notifications');
    expect(stored.body.items[0]).toEqual({ ...toAlice, readAt: null });

    // nobody is told of their own comment
    await flush(ownerLive, owner.user.id);
    expect(
      ownerLive.received(SocketEvents.notification).filter((n) => n.commentId === answer.body.id),
    ).toEqual([]);
  });

  it('tells watchers of edits and deletions, a thread taking its replies with it', async () => {
    const videoId = await makeReadyVideo(server, owner.user.id);
    const watcher = await live(bob);
    await watch(watcher, videoId);
    const question = await comment(alice, videoId, 'Whre is this?');
    const answer = await comment(owner, videoId, 'In the Alps', question.body.id);

    const edited = await alice.api.patch(`/api/comments/${question.body.id}`, {
      body: 'Where is this?',
    });
    expect(edited.status).toBe(200);
    const update = await watcher.next(SocketEvents.commentUpdated, (c) => c.id === question.body.id);
    expect(update).toEqual(edited.body);
    expect(update).toMatchObject({ body: 'Where is this?', editedAt: expect.any(String) });

    expect((await owner.api.delete(`/api/comments/${answer.body.id}`)).status).toBe(204);
    expect(await watcher.next(SocketEvents.commentDeleted, (c) => c.id === answer.body.id)).toEqual({
      id: answer.body.id,
      videoId,
      parentId: question.body.id,
      replyCount: 0,
    });

    await comment(bob, videoId, 'Me too', question.body.id);
    expect((await alice.api.delete(`/api/comments/${question.body.id}`)).status).toBe(204);
    expect(await watcher.next(SocketEvents.commentDeleted, (c) => c.id === question.body.id)).toEqual({
      id: question.body.id,
      videoId,
      parentId: null,
      replyCount: 1,
    });
  });

  it('does not send the types a person muted', async () => {
    const videoId = await makeReadyVideo(server, owner.user.id);
    const ownerLive = await live(owner);
    expect(
      (await owner.api.put('/api/me/notification-settings', { muted: ['comment.new', 'comment.new'] })).body,
    ).toEqual({ muted: ['comment.new'] });
    const quiet = await comment(bob, videoId, 'You will not hear of this');
    await flush(ownerLive, owner.user.id);
    expect(
      ownerLive.received(SocketEvents.notification).filter((n) => n.commentId === quiet.body.id),
    ).toEqual([]);
    const rows = await owner.api.get('/api/notifications?pageSize=100');
    expect(rows.body.items.filter((n: any) => n.commentId === quiet.body.id)).toEqual([]);
    await owner.api.put('/api/me/notification-settings', { muted: [] });
  });
});
