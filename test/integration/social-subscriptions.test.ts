import { SocketEvents } from '@clipstream/core';
import { Api, registerUser, Session } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';
import { connectAs, LiveSocket, together } from './social-fixtures';
import { makeReadyVideo } from './videos-fixtures';

describe('subscriptions, channels and notifications', () => {
  let server: TestServer;
  let api: Api;
  let creator: Session;
  let fan: Session;
  const sockets: LiveSocket[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    api = new Api(server.baseUrl);
    [creator, fan] = await Promise.all([registerUser(api), registerUser(api)]);
  });
  afterAll(async () => {
    sockets.forEach((live) => live.close());
    await server.close();
  });

  const subscription = (username: string) => `/api/channels/${username}/subscription`;

  it('subscribes and unsubscribes idempotently, with an exact count', async () => {
    const path = subscription(creator.user.username);
    expect((await fan.api.put(path)).body).toEqual({ subscribed: true, subscribers: 1 });
    expect((await fan.api.put(path)).body).toEqual({ subscribed: true, subscribers: 1 });
    expect((await fan.api.get(`/api/channels/${creator.user.username}`)).body).toMatchObject({
      username: creator.user.username,
      subscribers: 1,
      subscribed: true,
    });
    expect((await api.get(`/api/channels/${creator.user.username}`)).body.subscribed).toBeNull();
    expect((await creator.api.get(`/api/channels/${creator.user.username}`)).body.subscribed).toBe(false);

    expect((await fan.api.delete(path)).body).toEqual({ subscribed: false, subscribers: 0 });
    expect((await fan.api.delete(path)).body).toEqual({ subscribed: false, subscribers: 0 });
  });

  it('stays exact when many people, and the same person, subscribe at once', async () => {
    const channel = await registerUser(api);
    const people = await together(20, () => registerUser(api));
    const path = subscription(channel.user.username);
    await together(20, (index) => people[index].api.put(path));
    await together(10, () => people[0].api.put(path));
    expect((await api.get(`/api/channels/${channel.user.username}`)).body.subscribers).toBe(20);
    await together(10, (index) => people[index % 5].api.delete(path));
    expect((await api.get(`/api/channels/${channel.user.username}`)).body.subscribers).toBe(15);
  });

  it('refuses subscribing to oneself, to nobody, and anonymously', async () => {
    const self = await creator.api.put(subscription(creator.user.username));
    expect(self.status).toBe(400);
    expect(self.body.message).toMatch(/your own channel/);
    expect((await fan.api.put(subscription('nobody_here_at_all'))).status).toBe(404);
    expect((await api.put(subscription(creator.user.username))).status).toBe(401);
  });

  it('tells the channel of a new subscriber, live and in its list', async () => {
    const channel = await registerUser(api);
    const channelLive = await connectAs(server.baseUrl, channel);
    sockets.push(channelLive);
    await fan.api.put(subscription(channel.user.username));
    const event = await channelLive.next(SocketEvents.notification, (n) => n.type === 'subscriber.new');
    expect(event).toMatchObject({ actor: { id: fan.user.id, username: fan.user.username }, subscribers: 1 });
    const list = await channel.api.get('/api/notifications');
    expect(list.body).toEqual({ items: [{ ...event, readAt: null }], total: 1, unread: 1 });
  });

  it('lists followed channels and a feed of their published videos, newest first', async () => {
    const [reader, first, second] = await together(3, () => registerUser(api));
    await reader.api.put(subscription(first.user.username));
    await reader.api.put(subscription(second.user.username));
    const hour = 3600_000;
    const old = await makeReadyVideo(server, first.user.id, { createdAt: new Date(Date.now() - 2 * hour) });
    const recent = await makeReadyVideo(server, second.user.id, { createdAt: new Date(Date.now() - hour) });
    await makeReadyVideo(server, second.user.id, { visibility: 'private' });
    await makeReadyVideo(server, second.user.id, { status: 'processing' });
    await makeReadyVideo(server, creator.user.id); // not followed

    const following = await reader.api.get('/api/subscriptions');
    expect(following.body.total).toBe(2);
    expect(following.body.items.map((c: any) => c.username).sort()).toEqual(
      [first.user.username, second.user.username].sort(),
    );
    expect(following.body.items[0]).toEqual({
      id: expect.any(String),
      username: expect.any(String),
      displayName: expect.any(String),
      avatarUrl: null,
      bio: '',
      subscribers: 1,
    });

    const feed = await reader.api.get('/api/feed/subscriptions');
    expect(feed.body.total).toBe(2);
    expect(feed.body.items.map((video: any) => video.id)).toEqual([recent, old]);
    expect((await reader.api.get('/api/feed/subscriptions?page=2&pageSize=1')).body.items[0].id).toBe(old);
    expect((await api.get('/api/feed/subscriptions')).status).toBe(401);
  });

  it("shows a channel's published videos to everyone, and every video to its owner", async () => {
    const channel = await registerUser(api);
    const published = await makeReadyVideo(server, channel.user.id);
    const hidden = await makeReadyVideo(server, channel.user.id, { visibility: 'private' });
    const path = `/api/channels/${channel.user.username}/videos`;
    const publicPage = await fan.api.get(path);
    expect(publicPage.body.total).toBe(1);
    expect(publicPage.body.items[0]).toMatchObject({
      id: published,
      owner: { username: channel.user.username },
    });
    const ownPage = await channel.api.get(path);
    expect(ownPage.body.items.map((video: any) => video.id).sort()).toEqual([published, hidden].sort());
    expect((await api.get(`/api/channels/${channel.user.username}`)).body.videos).toBe(1);
    expect((await api.get('/api/channels/nobody_here_at_all/videos')).status).toBe(404);
  });

  it('counts unread notifications and marks some or all read', async () => {
    const channel = await registerUser(api);
    const people = await together(3, () => registerUser(api));
    for (const person of people) await person.api.put(subscription(channel.user.username));

    const all = await channel.api.get('/api/notifications');
    expect(all.body.unread).toBe(3);
    expect(all.body.items.map((n: any) => n.actor.id)).toEqual(people.map((p) => p.user.id).reverse());

    const marked = await channel.api.post('/api/notifications/read', { ids: [all.body.items[0].id] });
    expect(marked.status).toBe(200);
    expect(marked.body).toEqual({ unread: 2 });
    const unread = await channel.api.get('/api/notifications?unread=true');
    expect(unread.body.total).toBe(2);
    expect(unread.body.items.every((n: any) => n.readAt === null)).toBe(true);
    expect((await channel.api.get('/api/notifications')).body.items[0].readAt).toEqual(expect.any(String));

    // someone else's notifications are not theirs to mark
    expect((await fan.api.post('/api/notifications/read', { ids: [unread.body.items[0].id] })).status).toBe(
      200,
    );
    expect((await channel.api.get('/api/notifications')).body.unread).toBe(2);

    expect((await channel.api.post('/api/notifications/read', {})).body).toEqual({ unread: 0 });
    expect((await channel.api.post('/api/notifications/read', { ids: ['nope'] })).status).toBe(400);
    expect((await channel.api.get('/api/notifications?unread=maybe')).status).toBe(400);
    expect((await api.get('/api/notifications')).status).toBe(401);
  });

  it('keeps per-person notification settings and does not send muted types', async () => {
    const channel = await registerUser(api);
    expect((await channel.api.get('/api/me/notification-settings')).body).toEqual({ muted: [] });
    const saved = await channel.api.put('/api/me/notification-settings', {
      muted: ['subscriber.new', 'video.ready'],
    });
    expect(saved.body).toEqual({ muted: ['subscriber.new', 'video.ready'] });
    expect((await channel.api.get('/api/me/notification-settings')).body).toEqual(saved.body);
    expect((await channel.api.put('/api/me/notification-settings', { muted: ['spam'] })).status).toBe(400);
    expect((await channel.api.put('/api/me/notification-settings', {})).status).toBe(400);

    await fan.api.put(subscription(channel.user.username));
    expect((await channel.api.get('/api/notifications')).body).toEqual({ items: [], total: 0, unread: 0 });
  });

  it('edits the profile shown on the channel page', async () => {
    const person = await registerUser(api);
    const updated = await person.api.patch('/api/me', {
      displayName: '  Ada L. ',
      bio: '<i>I film trains</i>',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ displayName: 'Ada L.', bio: '<i>I film trains</i>' });
    expect((await api.get(`/api/channels/${person.user.username}`)).body).toMatchObject({
      displayName: 'Ada L.',
      bio: '<i>I film trains</i>',
      avatar: [],
      banner: [],
    });
    expect((await person.api.patch('/api/me', { displayName: '' })).status).toBe(400);
    expect((await person.api.patch('/api/me', { bio: 'x'.repeat(1001) })).status).toBe(400);
    expect((await person.api.patch('/api/me', { role: 'admin' })).status).toBe(400);
  });
});
