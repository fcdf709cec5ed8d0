import { Api, registerUser, Session } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';
import { together } from './social-fixtures';
import { makeReadyVideo } from './videos-fixtures';

describe('playlists', () => {
  let server: TestServer;
  let api: Api;
  let owner: Session;
  let other: Session;
  let videos: string[];

  beforeAll(async () => {
    server = await startTestServer();
    api = new Api(server.baseUrl);
    [owner, other] = await Promise.all([registerUser(api), registerUser(api)]);
    videos = await together(3, (index) => makeReadyVideo(server, other.user.id, { title: `Clip ${index}` }));
  });
  afterAll(() => server.close());

  const ids = (playlist: { items: Array<{ video: { id: string } }> }) =>
    playlist.items.map((item) => item.video.id);

  it('has a built-in "Watch later" from the first visit, which cannot be renamed or deleted', async () => {
    const [first, second] = await together(2, () => owner.api.get('/api/playlists'));
    expect(first.status).toBe(200);
    expect(second.body.total).toBe(1);
    const watchLater = first.body.items[0];
    expect(watchLater).toEqual({
      id: expect.any(String),
      title: 'Watch later',
      description: '',
      visibility: 'private',
      isWatchLater: true,
      owner: { username: owner.user.username, displayName: expect.any(String) },
      itemCount: 0,
      thumbnailUrl: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect((await owner.api.patch(`/api/playlists/${watchLater.id}`, { title: 'Mine' })).status).toBe(400);
    expect((await owner.api.delete(`/api/playlists/${watchLater.id}`)).status).toBe(400);

    // `watch-later` stands for one's own list
    expect((await owner.api.post('/api/playlists/watch-later/items', { videoId: videos[0] })).status).toBe(
      201,
    );
    const list = await owner.api.get('/api/playlists/watch-later');
    expect(list.body).toMatchObject({ id: watchLater.id, itemCount: 1 });
    expect(ids(list.body)).toEqual([videos[0]]);
    expect((await api.get('/api/playlists/watch-later')).status).toBe(401);
    expect((await other.api.get(`/api/playlists/${watchLater.id}`)).status).toBe(403);
  });

  it('creates, renames, fills, reorders, empties and deletes a playlist', async () => {
    const created = await owner.api.post('/api/playlists', { title: '  Road trip ', visibility: 'public' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: 'Road trip',
      visibility: 'public',
      isWatchLater: false,
      items: [],
    });
    const path = `/api/playlists/${created.body.id}`;

    for (const videoId of videos) {
      const added = await owner.api.post(`${path}/items`, { videoId });
      expect(added.status).toBe(201);
      expect(added.body.video.id).toBe(videoId);
    }
    const duplicate = await owner.api.post(`${path}/items`, { videoId: videos[1] });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.message).toMatch(/already in the playlist/);

    const reordered = await owner.api.put(`${path}/order`, { videoIds: [videos[2], videos[0], videos[1]] });
    expect(reordered.status).toBe(200);
    expect(ids(reordered.body)).toEqual([videos[2], videos[0], videos[1]]);
    expect(reordered.body.items.map((item: { position: number }) => item.position)).toEqual([0, 1, 2]);
    expect(ids((await api.get(path)).body)).toEqual([videos[2], videos[0], videos[1]]);

    expect((await owner.api.put(`${path}/order`, { videoIds: [videos[0], videos[1]] })).status).toBe(409);
    expect(
      (await owner.api.put(`${path}/order`, { videoIds: [videos[0], videos[0], videos[1]] })).status,
    ).toBe(400);

    const renamed = await owner.api.patch(path, {
      title: 'Alps',
      description: 'Summer',
      visibility: 'unlisted',
    });
    expect(renamed.body).toMatchObject({
      title: 'Alps',
      description: 'Summer',
      visibility: 'unlisted',
      itemCount: 3,
    });
    expect(renamed.body.thumbnailUrl).toEqual(expect.stringContaining(`/media/videos/${videos[2]}/`));

    expect((await owner.api.delete(`${path}/items/${videos[0]}`)).status).toBe(204);
    expect((await owner.api.delete(`${path}/items/${videos[0]}`)).status).toBe(404);
    expect(ids((await owner.api.get(path)).body)).toEqual([videos[2], videos[1]]);

    const mine = await owner.api.get('/api/playlists');
    expect(mine.body.items.map((p: { title: string }) => p.title)).toEqual(['Watch later', 'Alps']);
    expect(mine.body.items[1]).toMatchObject({ itemCount: 2 });

    expect((await owner.api.delete(path)).status).toBe(204);
    expect((await owner.api.get(path)).status).toBe(404);
  });

  it('shows public and unlisted playlists to others, private ones to nobody else, and lets nobody else edit', async () => {
    const open = await owner.api.post('/api/playlists', { title: 'Open', visibility: 'public' });
    const secret = await owner.api.post('/api/playlists', { title: 'Secret' });
    expect(secret.body.visibility).toBe('private');
    expect((await api.get(`/api/playlists/${open.body.id}`)).status).toBe(200);
    expect((await other.api.get(`/api/playlists/${secret.body.id}`)).status).toBe(403);
    expect((await api.get(`/api/playlists/${secret.body.id}`)).status).toBe(403);

    const path = `/api/playlists/${open.body.id}`;
    expect((await other.api.patch(path, { title: 'Mine now' })).status).toBe(403);
    expect((await other.api.post(`${path}/items`, { videoId: videos[0] })).status).toBe(403);
    expect((await other.api.delete(path)).status).toBe(403);
    expect((await api.post('/api/playlists', { title: 'x' })).status).toBe(401);

    const channel = await api.get(`/api/channels/${owner.user.username}/playlists`);
    expect(channel.body.items.map((p: { title: string }) => p.title)).toEqual(['Open']);
  });

  it('lists only the videos a viewer may see, and refuses adding what the owner may not see', async () => {
    const privateVideo = await makeReadyVideo(server, other.user.id, { visibility: 'private' });
    expect((await owner.api.post('/api/playlists/watch-later/items', { videoId: privateVideo })).status).toBe(
      403,
    );

    const mixed = await other.api.post('/api/playlists', { title: 'Mixed', visibility: 'public' });
    const path = `/api/playlists/${mixed.body.id}`;
    await other.api.post(`${path}/items`, { videoId: privateVideo });
    await other.api.post(`${path}/items`, { videoId: videos[1] });
    expect(ids((await other.api.get(path)).body)).toEqual([privateVideo, videos[1]]);
    const seen = await owner.api.get(path);
    expect(ids(seen.body)).toEqual([videos[1]]);
    expect(JSON.stringify(seen.body)).not.toContain(privateVideo);
    const listed = await owner.api.get(`/api/channels/${other.user.username}/playlists`);
    expect(listed.body.items.find((p: { id: string }) => p.id === mixed.body.id)).toMatchObject({
      itemCount: 1,
    });
  });

  it('refuses bad input with 400', async () => {
    const created = await owner.api.post('/api/playlists', { title: 'Checks' });
    const path = `/api/playlists/${created.body.id}`;
    for (const body of [
      {},
      { title: '' },
      { title: 'x'.repeat(151) },
      { title: 'ok', visibility: 'secret' },
    ]) {
      expect((await owner.api.post('/api/playlists', body)).status).toBe(400);
    }
    expect((await owner.api.post(`${path}/items`, { videoId: 'nope' })).status).toBe(400);
    expect(
      (await owner.api.post(`${path}/items`, { videoId: '00000000-0000-4000-8000-000000000000' })).status,
    ).toBe(404);
    expect((await owner.api.put(`${path}/order`, { videoIds: 'all' })).status).toBe(400);
    expect((await owner.api.get('/api/playlists/not-a-playlist')).status).toBe(404);
  });
});
