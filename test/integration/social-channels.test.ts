import sharp from 'sharp';
import { Api, registerUser, Session, uniqueName } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';
import { makeReadyVideo, uniqueWord } from './videos-fixtures';

describe('channel pictures and search', () => {
  let server: TestServer;
  let api: Api;
  let creator: Session;

  beforeAll(async () => {
    server = await startTestServer();
    api = new Api(server.baseUrl);
    creator = await registerUser(api);
  });
  afterAll(() => server.close());

  const picture = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 90 } } })
      .png()
      .toBuffer();

  async function upload(session: Session, kind: 'avatar' | 'banner', bytes: Buffer, name = 'picture.png') {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    const response = await fetch(`${server.baseUrl}/api/me/${kind}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}` },
      body: form,
    });
    return { status: response.status, body: await response.json() };
  }

  async function fetchPicture(url: string) {
    const response = await fetch(server.baseUrl + url);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      bytes: Buffer.from(await response.arrayBuffer()),
      cache: response.headers.get('cache-control'),
    };
  }

  it('resizes an avatar to square WebP and JPEG sizes, served publicly, replacing the previous one', async () => {
    const first = await upload(creator, 'avatar', await picture(400, 300));
    expect(first.status).toBe(200);
    expect(first.body.avatarUrl).toMatch(
      /^\/media\/images\/avatars\/[0-9a-f-]+\/[0-9a-z]+\/avatar-256\.jpg$/,
    );

    const channel = (await api.get(`/api/channels/${creator.user.username}`)).body;
    expect(channel.avatarUrl).toBe(first.body.avatarUrl);
    expect(channel.avatar.map((size: { width: number }) => size.width)).toEqual([64, 128, 256]);
    for (const size of channel.avatar) {
      const webp = await fetchPicture(size.webp);
      expect(webp).toMatchObject({
        status: 200,
        type: 'image/webp',
        cache: expect.stringContaining('immutable'),
      });
      expect(await sharp(webp.bytes).metadata()).toMatchObject({
        format: 'webp',
        width: size.width,
        height: size.width,
      });
      const jpeg = await fetchPicture(size.jpeg);
      expect(await sharp(jpeg.bytes).metadata()).toMatchObject({ format: 'jpeg', width: size.width });
    }
    // the owner of a video carries the avatar too
    const videoId = await makeReadyVideo(server, creator.user.id);
    expect((await api.get(`/api/videos/${videoId}`)).body.owner.avatarUrl).toBe(first.body.avatarUrl);

    const second = await upload(creator, 'avatar', await picture(100, 100));
    expect(second.body.avatarUrl).toMatch(/avatar-100\.jpg$/);
    expect(
      (await api.get(`/api/channels/${creator.user.username}`)).body.avatar.map((s: any) => s.width),
    ).toEqual([64, 100]);
    expect((await fetchPicture(first.body.avatarUrl)).status).toBe(404);
    expect((await fetchPicture(second.body.avatarUrl)).status).toBe(200);

    const removed = await creator.api.delete('/api/me/avatar');
    expect(removed.body.avatarUrl).toBeNull();
    expect((await fetchPicture(second.body.avatarUrl)).status).toBe(404);
  });

  it('resizes a banner to a wide strip', async () => {
    const banner = await upload(creator, 'banner', await picture(2400, 600));
    expect(banner.status).toBe(200);
    const sizes = (await api.get(`/api/channels/${creator.user.username}`)).body.banner;
    expect(sizes.map((size: { width: number }) => size.width)).toEqual([1024, 2048]);
    const big = await fetchPicture(sizes[1].jpeg);
    expect(await sharp(big.bytes).metadata()).toMatchObject({ width: 2048, height: 340 });
  });

  it('refuses pictures that are too small, not pictures, or missing', async () => {
    const small = await upload(creator, 'banner', await picture(800, 200));
    expect(small.status).toBe(400);
    expect(small.body.message).toMatch(/too small.*1024/);
    const text = await upload(creator, 'avatar', Buffer.from('not a picture at all'), 'notes.txt');
    expect(text.status).toBe(400);
    expect((await creator.api.post('/api/me/avatar', {})).status).toBe(400);
    expect((await api.post('/api/me/avatar', {})).status).toBe(401);
    expect((await fetchPicture('/media/images/avatars/../../etc/passwd')).status).toBe(404);
    expect(
      (await fetchPicture(`/media/images/other/${creator.user.id}/0000000000000/avatar-64.jpg`)).status,
    ).toBe(404);
  });

  it('searches videos by full text (with tag and category filters) and channels by name', async () => {
    const word = uniqueWord('glacier');
    const channel = await registerUser(api, uniqueName(word));
    const tagged = await makeReadyVideo(server, channel.user.id, {
      title: `${word} walk`,
      tags: ['hiking'],
      category: { slug: `${word}-outdoors`, name: 'Outdoors' },
    });
    const plain = await makeReadyVideo(server, creator.user.id, { title: `Another ${word}` });
    await makeReadyVideo(server, creator.user.id, { title: `${word} secret`, visibility: 'private' });

    const all = await api.get(`/api/search?q=${word}`);
    expect(all.status).toBe(200);
    expect(all.body.videos.total).toBe(2);
    expect(all.body.videos.items.map((video: { id: string }) => video.id).sort()).toEqual(
      [tagged, plain].sort(),
    );
    expect(all.body.channels).toEqual({
      items: [expect.objectContaining({ username: channel.user.username, subscribers: 0 })],
      total: 1,
    });

    const filtered = await api.get(`/api/search?q=${word}&tag=hiking&category=${word}-outdoors`);
    expect(filtered.body.videos.items.map((video: { id: string }) => video.id)).toEqual([tagged]);

    const channelsOnly = await api.get(`/api/search?q=${word.toUpperCase()}&type=channels`);
    expect(channelsOnly.body.videos).toEqual({ items: [], total: 0 });
    expect(channelsOnly.body.channels.total).toBe(1);
    expect((await api.get(`/api/search?q=${word}&type=videos`)).body.channels).toEqual({
      items: [],
      total: 0,
    });

    // LIKE wildcards are plain characters
    expect((await api.get('/api/search?q=%25&type=channels')).body.channels.total).toBe(0);
    expect((await api.get('/api/search?type=everything')).status).toBe(400);
  });
});
