import sharp from 'sharp';
import { StorageKeys } from '@clipstream/core';
import { Api, registerUser, Session } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';
import { mediaFileKey } from '../../apps/server/src/media/media-path';
import { MediaSigner } from '../../apps/server/src/media/media-signer';
import {
  FAKE_JPEG,
  FAKE_MP4,
  FAKE_SEGMENT,
  makeReadyVideo,
  postVideoForm,
  setRole,
  storage,
} from './videos-fixtures';

describe('media serving and privacy', () => {
  let server: TestServer;
  let api: Api;
  let owner: Session;
  let stranger: Session;

  beforeAll(async () => {
    server = await startTestServer();
    api = new Api(server.baseUrl);
    owner = await registerUser(api);
    stranger = await registerUser(api);
  });
  afterAll(() => server.close());

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(server.baseUrl + path, { headers });
  /** `/media/s/{token}/videos/…` → `/media/videos/…`: the same file without the signature. */
  const unsigned = (url: string) => url.replace(/^\/media\/s\/[^/]+\//, '/media/');
  const resolve = (relative: string, base: string) => new URL(relative, `http://x${base}`).pathname;

  it('serves an open video to anyone, with year-long caching for segments and pictures and revalidation for playlists', async () => {
    const id = await makeReadyVideo(server, owner.user.id);
    const video = (await api.get(`/api/videos/${id}`)).body;

    const master = await get(video.hlsUrl);
    expect(master.status).toBe(200);
    expect(master.headers.get('content-type')).toBe('application/vnd.apple.mpegurl');
    expect(master.headers.get('cache-control')).toBe('public, no-cache');
    const playlistUrl = resolve((await master.text()).trim().split('\n').pop()!, video.hlsUrl);
    expect(playlistUrl).toBe(video.renditions[0].playlistUrl);

    const playlist = await get(playlistUrl);
    const segmentUrl = resolve('seg-00000.ts', playlistUrl);
    expect(await playlist.text()).toMatch(/seg-00000\.ts/);
    const segment = await get(segmentUrl);
    expect(segment.status).toBe(200);
    expect(segment.headers.get('content-type')).toBe('video/mp2t');
    expect(segment.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await segment.arrayBuffer()).equals(FAKE_SEGMENT)).toBe(true);

    const head = await fetch(server.baseUrl + segmentUrl, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-length')]).toEqual([200, String(FAKE_SEGMENT.length)]);
    const etag = segment.headers.get('etag')!;
    expect((await get(segmentUrl, { 'if-none-match': etag })).status).toBe(304);

    const thumbnail = await get(video.thumbnailUrl);
    expect(thumbnail.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await thumbnail.arrayBuffer()).equals(FAKE_JPEG)).toBe(true);
    expect((await get(video.storyboardUrl)).headers.get('content-type')).toMatch(/^text\/vtt/);
    expect((await get(video.thumbnails[0].sizes[0].webp)).headers.get('content-type')).toBe('image/webp');
  });

  it('serves byte ranges of a segment, and a rewritten file anew (files are kept in memory by version)', async () => {
    const id = await makeReadyVideo(server, owner.user.id);
    const video = (await api.get(`/api/videos/${id}`)).body;
    const segmentUrl = resolve('seg-00000.ts', video.renditions[0].playlistUrl);
    for (let pass = 0; pass < 2; pass++) {
      const part = await get(segmentUrl, { range: 'bytes=2-9' });
      expect(part.status).toBe(206);
      expect(part.headers.get('content-range')).toBe(`bytes 2-9/${FAKE_SEGMENT.length}`);
      expect(Buffer.from(await part.arrayBuffer()).equals(FAKE_SEGMENT.subarray(2, 10))).toBe(true);
    }
    expect((await get(segmentUrl, { range: `bytes=${FAKE_SEGMENT.length}-` })).status).toBe(416);

    const reprocessed = Buffer.concat([FAKE_SEGMENT, Buffer.from('more')]);
    const key = mediaFileKey(id, segmentUrl.split(`/media/videos/${id}/`)[1])!;
    await storage(server).write(key, reprocessed);
    const fresh = await get(segmentUrl);
    expect(Buffer.from(await fresh.arrayBuffer()).equals(reprocessed)).toBe(true);
  });

  it('refuses paths outside a video’s files and unknown videos', async () => {
    const id = await makeReadyVideo(server, owner.user.id);
    for (const path of [
      `/media/videos/${id}/../../originals/${id}/source.mp4`,
      `/media/videos/${id}/%2e%2e/%2e%2e/originals/${id}/source.mp4`,
      `/media/videos/${id}/hls/.hidden.ts`,
      `/media/videos/${id}/hls/master.m3u8.tmp`,
      `/media/videos/not-a-uuid/hls/master.m3u8`,
      `/media/videos/00000000-0000-4000-8000-000000000000/hls/master.m3u8`,
      `/media/originals/${id}/source.mp4`,
    ]) {
      expect([400, 404]).toContain((await get(path)).status);
    }
  });

  describe('a private video', () => {
    let id: string;
    let view: any;

    beforeAll(async () => {
      id = await makeReadyVideo(server, owner.user.id, { visibility: 'private' });
      view = (await owner.api.get(`/api/videos/${id}`)).body;
    });

    it('gives its owner signed URLs that play: playlists, segments, pictures, storyboard', async () => {
      expect(view.hlsUrl).toMatch(new RegExp(`^/media/s/[A-Za-z0-9_-]{48}/videos/${id}/hls/master\\.m3u8$`));
      const master = await get(view.hlsUrl);
      expect(master.status).toBe(200);
      expect(master.headers.get('cache-control')).toBe('private, no-cache');
      // relative URLs inside the playlists keep the token
      const playlistUrl = resolve('360p/index.m3u8', view.hlsUrl);
      expect(playlistUrl).toBe(view.renditions[0].playlistUrl);
      expect((await get(playlistUrl)).status).toBe(200);
      const segment = await get(resolve('seg-00000.ts', playlistUrl));
      expect(segment.status).toBe(200);
      expect(segment.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
      expect((await get(view.thumbnailUrl)).status).toBe(200);
      expect((await get(view.storyboardUrl)).status).toBe(200);
      expect((await get(resolve('storyboard.jpg', view.storyboardUrl))).status).toBe(200);
    });

    it('refuses its JSON and every file to anyone else without a valid token', async () => {
      expect((await stranger.api.get(`/api/videos/${id}`)).status).toBe(403);
      expect((await api.get(`/api/videos/${id}`)).status).toBe(403);
      const files = [
        view.hlsUrl,
        view.renditions[0].playlistUrl,
        resolve('seg-00000.ts', view.renditions[0].playlistUrl),
        view.thumbnailUrl,
        view.storyboardUrl,
      ];
      for (const url of files) {
        const refused = await get(unsigned(url), { authorization: `Bearer ${stranger.token}` });
        expect(refused.status).toBe(403);
        expect(refused.headers.get('cache-control')).toBe('no-store');
        expect(await refused.json()).toEqual(
          expect.objectContaining({ statusCode: 403, message: 'This video is private' }),
        );
      }
    });

    it('refuses an expired, forged or other video’s token', async () => {
      const signer = server.app.get(MediaSigner);
      const segmentPath = `videos/${id}/hls/360p/seg-00000.ts`;
      const expired = signer.sign(id, Math.floor(Date.now() / 1000) - 60);
      const otherVideo = signer.sign('00000000-0000-4000-8000-000000000000');
      const valid = signer.sign(id);
      const forged = valid.slice(0, -4) + (valid.endsWith('AAAA') ? 'BBBB' : 'AAAA');
      for (const token of [expired, otherVideo, forged, 'short']) {
        const refused = await get(`/media/s/${token}/${segmentPath}`);
        expect(refused.status).toBe(403);
        expect((await refused.json()).message).toMatch(/expired or is not valid/);
      }
      expect((await get(`/media/s/${valid}/${segmentPath}`)).status).toBe(200);
    });

    it('streams its MP4 to the owner (bearer or ?token=) with byte ranges, and refuses others', async () => {
      const mp4Url: string = view.renditions[0].mp4Url;
      expect(mp4Url).toMatch(new RegExp(`^/api/videos/${id}/stream/360p\\?token=[A-Za-z0-9_-]{48}$`));
      const bare = mp4Url.split('?')[0];

      expect((await get(bare)).status).toBe(403);
      expect((await get(bare, { authorization: `Bearer ${stranger.token}` })).status).toBe(403);
      expect((await get(`${bare}?token=nonsense`)).status).toBe(403);

      const whole = await get(bare, { authorization: `Bearer ${owner.token}` });
      expect(whole.status).toBe(200);
      expect(whole.headers.get('accept-ranges')).toBe('bytes');
      expect(whole.headers.get('content-type')).toBe('video/mp4');
      expect(Number(whole.headers.get('content-length'))).toBe(FAKE_MP4.length);
      expect(whole.headers.get('cache-control')).toMatch(/^private/);
      await whole.arrayBuffer();

      const part = await get(mp4Url, { range: 'bytes=100-199' });
      expect(part.status).toBe(206);
      expect(part.headers.get('content-range')).toBe(`bytes 100-199/${FAKE_MP4.length}`);
      expect(Buffer.from(await part.arrayBuffer()).equals(FAKE_MP4.subarray(100, 200))).toBe(true);

      const tail = await get(mp4Url, { range: 'bytes=-10' });
      expect(tail.headers.get('content-range')).toBe(
        `bytes ${FAKE_MP4.length - 10}-${FAKE_MP4.length - 1}/${FAKE_MP4.length}`,
      );
      await tail.arrayBuffer();

      const unsatisfiable = await get(mp4Url, { range: `bytes=${FAKE_MP4.length}-` });
      expect(unsatisfiable.status).toBe(416);
      expect(unsatisfiable.headers.get('content-range')).toBe(`bytes */${FAKE_MP4.length}`);
      await unsatisfiable.arrayBuffer();

      const missing = await owner.api.get(`/api/videos/${id}/stream/1080p`);
      expect(missing.status).toBe(404);
      expect(missing.body.message).toMatch(/no 1080p MP4 of this video; available: 360p/);
    });

    it('is served to a moderator', async () => {
      const moderator = await registerUser(api);
      await setRole(server, moderator.user.id, 'moderator');
      const seen = (await moderator.api.get(`/api/videos/${id}`)).body;
      expect((await get(seen.hlsUrl)).status).toBe(200);
    });
  });

  it('signs the custom thumbnail of a private video set before it is processed, and refuses it unsigned', async () => {
    const uploaded = await postVideoForm(
      owner,
      { title: 'Private, pending', visibility: 'private' },
      { name: 'a.mp4', bytes: Buffer.alloc(2000, 1) },
    );
    const id: string = uploaded.body.id;
    const form = new FormData();
    const picture = await sharp({ create: { width: 1280, height: 720, channels: 3, background: '#208020' } })
      .jpeg()
      .toBuffer();
    form.append('file', new Blob([picture]), 'cover.jpg');
    const set = await fetch(`${server.baseUrl}/api/videos/${id}/thumbnail`, {
      method: 'POST',
      headers: { authorization: `Bearer ${owner.token}` },
      body: form,
    });
    expect(set.status).toBe(200);
    const view = await set.json();
    expect(view.status).toBe('pending');
    const urls: string[] = [
      view.thumbnailUrl,
      ...view.thumbnails[0].sizes.flatMap((s: any) => [s.webp, s.jpeg]),
    ];
    expect(urls).toHaveLength(5);
    for (const url of urls) {
      expect(url).toMatch(
        new RegExp(`^/media/s/[A-Za-z0-9_-]{48}/videos/${id}/thumbs/custom-\\d+\\.(jpg|webp)\\?v=\\w+$`),
      );
      const served = await get(url);
      expect([served.status, served.headers.get('cache-control')]).toEqual([
        200,
        'private, max-age=31536000, immutable',
      ]);
      const refused = await get(unsigned(url), { authorization: `Bearer ${stranger.token}` });
      expect(refused.status).toBe(403);
      expect((await refused.json()).message).toBe('This video is private');
    }
    const authorize = (uri: string) => api.get(`/api/media/authorize?uri=${encodeURIComponent(uri)}`);
    expect((await authorize(view.thumbnailUrl)).status).toBe(204);
    expect((await authorize(unsigned(view.thumbnailUrl))).status).toBe(403);
    // the picture as uploaded is kept for the worker beside the original, out of the served folder
    expect(StorageKeys.customThumbnailSource(id)).toMatch(/^originals\//);
    expect(await storage(server).exists(StorageKeys.customThumbnailSource(id))).toBe(true);
  });

  it('stops serving open URLs as soon as a video is made private, and hides a hidden one', async () => {
    const id = await makeReadyVideo(server, owner.user.id, { visibility: 'unlisted' });
    const view = (await api.get(`/api/videos/${id}`)).body;
    expect((await get(view.hlsUrl)).status).toBe(200);
    expect((await get(view.renditions[0].mp4Url)).status).toBe(200);

    await owner.api.patch(`/api/videos/${id}`, { visibility: 'private' });
    expect((await get(view.hlsUrl)).status).toBe(403);
    expect((await get(view.renditions[0].mp4Url)).status).toBe(403);

    const hidden = await makeReadyVideo(server, owner.user.id, { hidden: true });
    expect((await get(`/media/videos/${hidden}/hls/master.m3u8`)).status).toBe(403);
    expect((await stranger.api.get(`/api/videos/${hidden}/stream/360p`)).status).toBe(404);
  });

  it('answers nginx’s auth_request the same way', async () => {
    const open = await makeReadyVideo(server, owner.user.id);
    const closed = await makeReadyVideo(server, owner.user.id, { visibility: 'private' });
    const signed = (await owner.api.get(`/api/videos/${closed}`)).body.hlsUrl;
    const authorize = (uri: string) => api.get(`/api/media/authorize?uri=${encodeURIComponent(uri)}`);
    expect((await authorize(`/media/videos/${open}/hls/master.m3u8`)).status).toBe(204);
    expect((await authorize(`/media/videos/${closed}/hls/master.m3u8`)).status).toBe(403);
    expect((await authorize(signed)).status).toBe(204);
    expect((await authorize('/etc/passwd')).status).toBe(404);
    const byHeader = await api.request('GET', '/api/media/authorize', undefined, {
      'x-original-uri': signed,
    });
    expect(byHeader.status).toBe(204);
  });
});
