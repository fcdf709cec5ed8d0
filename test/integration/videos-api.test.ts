import sharp from 'sharp';
import type { Queue } from 'bullmq';
import { StorageKeys, Video } from '@clipstream/core';
import { Api, registerUser, Session } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';
import {
  makeReadyVideo,
  orm,
  postVideoForm,
  queuedTranscode,
  setRole,
  storage,
  storageUsed,
  transcodeQueue,
  uniqueWord,
} from './videos-fixtures';

describe('videos API', () => {
  let server: TestServer;
  let api: Api;
  let queue: Queue;
  let owner: Session;
  let other: Session;

  beforeAll(async () => {
    server = await startTestServer();
    api = new Api(server.baseUrl);
    queue = transcodeQueue();
    owner = await registerUser(api);
    other = await registerUser(api);
  });
  afterAll(async () => {
    await queue.close();
    await server.close();
  });

  const ids = (page: { body: { items: Array<{ id: string }> } }) => page.body.items.map((video) => video.id);

  describe('listing and search', () => {
    const word = uniqueWord('kayak');
    let older: string;
    let popular: string;
    let tagged: string;
    let described: string;

    beforeAll(async () => {
      const day = 24 * 3600_000;
      older = await makeReadyVideo(server, owner.user.id, {
        title: `${word} river trip`,
        createdAt: new Date(Date.now() - 3 * day),
        views: 5,
      });
      popular = await makeReadyVideo(server, owner.user.id, {
        title: `Big ${word} race`,
        createdAt: new Date(Date.now() - 2 * day),
        views: 900,
      });
      tagged = await makeReadyVideo(server, other.user.id, {
        title: 'Untitled afternoon',
        tags: [word, 'outdoor'],
        category: { slug: `${word}-sports`, name: 'Sports' },
        createdAt: new Date(Date.now() - day),
        views: 50,
      });
      described = await makeReadyVideo(server, other.user.id, {
        title: 'Lake day',
        description: `We tried ${word}ing on the lake`,
      });
      // none of these may show up
      await makeReadyVideo(server, owner.user.id, { title: `${word} private`, visibility: 'private' });
      await makeReadyVideo(server, owner.user.id, { title: `${word} unlisted`, visibility: 'unlisted' });
      await makeReadyVideo(server, owner.user.id, { title: `${word} hidden`, hidden: true });
      await makeReadyVideo(server, owner.user.id, { title: `${word} processing`, status: 'processing' });
    });

    it('finds public, ready videos by title, tags and description words (and word prefixes), newest first', async () => {
      const page = await api.get(`/api/videos?q=${word}&sort=newest`);
      expect(page.status).toBe(200);
      expect(page.body.total).toBe(4);
      expect(ids(page)).toEqual([described, tagged, popular, older]);
      expect(ids(await api.get(`/api/videos?q=${encodeURIComponent(`${word.slice(0, 8)} RIVER!`)}`))).toEqual(
        [older],
      );
      expect(ids(await api.get(`/api/videos?q=${word}+lake`))).toEqual([described]);
    });

    it('ranks by relevance when searching, with title matches first', async () => {
      const page = await api.get(`/api/videos?q=${word}`);
      expect(ids(page).slice(-1)).toEqual([described]);
    });

    it('sorts by popularity and pages through the results', async () => {
      const first = await api.get(`/api/videos?q=${word}&sort=popular&page=1&pageSize=2`);
      expect(first.body.total).toBe(4);
      expect(ids(first)).toEqual([popular, tagged]);
      const second = await api.get(`/api/videos?q=${word}&sort=popular&page=2&pageSize=2`);
      expect(ids(second)).toEqual([older, described]);
      expect(ids(await api.get(`/api/videos?q=${word}&sort=popular&page=3&pageSize=2`))).toEqual([]);
    });

    it('filters by tag and by category', async () => {
      expect(ids(await api.get(`/api/videos?tag=${word.toUpperCase()}`))).toEqual([tagged]);
      // read as tags are stored: written as a hashtag, with spaces around it, it is the same tag
      const hashtag = encodeURIComponent(` #${word.toUpperCase()} `);
      expect(ids(await api.get(`/api/videos?tag=${hashtag}`))).toEqual([tagged]);
      const byCategory = await api.get(`/api/videos?category=${word}-sports`);
      expect(ids(byCategory)).toEqual([tagged]);
      expect(byCategory.body.items[0]).toEqual(
        expect.objectContaining({ category: `${word}-sports`, tags: [word, 'outdoor'] }),
      );
    });

    it('returns the contract shape with media URLs of ready renditions only', async () => {
      const [video] = (await api.get(`/api/videos?tag=${word}`)).body.items;
      expect(video).toEqual(
        expect.objectContaining({
          id: tagged,
          status: 'ready',
          visibility: 'public',
          source: 'upload',
          duration: 10,
          owner: expect.objectContaining({ username: other.user.username, displayName: expect.any(String) }),
          hlsUrl: `/media/videos/${tagged}/hls/master.m3u8`,
          thumbnailUrl: `/media/videos/${tagged}/thumbs/thumb-2-640.jpg`,
          storyboardUrl: `/media/videos/${tagged}/storyboard.vtt`,
          renditions: [
            {
              height: 360,
              width: 640,
              bandwidth: 800_000,
              playlistUrl: `/media/videos/${tagged}/hls/360p/index.m3u8`,
              mp4Url: `/api/videos/${tagged}/stream/360p`,
            },
          ],
          views: 50,
          createdAt: expect.any(String),
        }),
      );
      expect(video.thumbnails).toHaveLength(4);
      expect(video.thumbnails[1]).toEqual({
        index: 1,
        sizes: [
          {
            width: 320,
            webp: `/media/videos/${tagged}/thumbs/thumb-1-320.webp`,
            jpeg: `/media/videos/${tagged}/thumbs/thumb-1-320.jpg`,
          },
          {
            width: 640,
            webp: `/media/videos/${tagged}/thumbs/thumb-1-640.webp`,
            jpeg: `/media/videos/${tagged}/thumbs/thumb-1-640.jpg`,
          },
        ],
      });
      expect(video.owner.email).toBeUndefined();
    });

    it('refuses bad list parameters with 400', async () => {
      for (const [query, message] of [
        ['pageSize=1000', /pageSize must be a whole number from 1 to 100/],
        ['page=0', /page must be a whole number from 1/],
        ['sort=oldest', /sort must be one of: newest, popular, relevance/],
        ['colour=red', /property colour should not exist/],
      ] as const) {
        const result = await api.get(`/api/videos?${query}`);
        expect(result.status).toBe(400);
        expect(result.body.message).toMatch(message);
      }
    });

    it('lists the caller’s own videos in every status and visibility', async () => {
      const me = await registerUser(api);
      const pending = await postVideoForm(
        me,
        { title: 'Mine, pending', visibility: 'private' },
        { name: 'a.mp4', bytes: Buffer.alloc(100) },
      );
      const ready = await makeReadyVideo(server, me.user.id, { visibility: 'unlisted' });
      const mine = await me.api.get('/api/videos/mine');
      expect(mine.body.total).toBe(2);
      expect(ids(mine)).toEqual([ready, pending.body.id]);
      expect((await api.get('/api/videos/mine')).status).toBe(401);
    });
  });

  describe('one video', () => {
    it('applies visibility: private to owner and moderators, hidden to owner and moderators, unlisted to anyone', async () => {
      const moderator = await registerUser(api);
      await setRole(server, moderator.user.id, 'moderator');
      const privateId = await makeReadyVideo(server, owner.user.id, { visibility: 'private' });
      const hiddenId = await makeReadyVideo(server, owner.user.id, { hidden: true });
      const unlistedId = await makeReadyVideo(server, owner.user.id, { visibility: 'unlisted' });

      expect((await api.get(`/api/videos/${privateId}`)).status).toBe(403);
      expect((await other.api.get(`/api/videos/${privateId}`)).body).toEqual(
        expect.objectContaining({ statusCode: 403, message: 'This video is private' }),
      );
      expect((await owner.api.get(`/api/videos/${privateId}`)).status).toBe(200);
      expect((await moderator.api.get(`/api/videos/${privateId}`)).status).toBe(200);

      expect((await api.get(`/api/videos/${hiddenId}`)).status).toBe(404);
      expect((await other.api.get(`/api/videos/${hiddenId}`)).status).toBe(404);
      expect((await owner.api.get(`/api/videos/${hiddenId}`)).body.hidden).toBe(true);
      expect((await moderator.api.get(`/api/videos/${hiddenId}`)).status).toBe(200);

      expect((await api.get(`/api/videos/${unlistedId}`)).status).toBe(200);
      expect((await api.get('/api/videos/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await api.get('/api/videos/not-an-id')).status).toBe(404);
    });

    it('lets the owner and moderators edit, and refuses others with 403', async () => {
      const id = await makeReadyVideo(server, owner.user.id, { title: 'Before', tags: ['old'] });
      const category = uniqueWord('cat');
      await makeReadyVideo(server, other.user.id, { category: { slug: category, name: 'Category' } });

      const refused = await other.api.patch(`/api/videos/${id}`, { title: 'Stolen' });
      expect(refused.status).toBe(403);
      expect(refused.body.message).toMatch(/Only the owner or a moderator can edit this video/);
      expect((await api.patch(`/api/videos/${id}`, { title: 'Anonymous' })).status).toBe(401);

      const edited = await owner.api.patch(`/api/videos/${id}`, {
        title: '  After ',
        description: 'New words',
        visibility: 'unlisted',
        tags: ['New', '#fresh', 'new'],
        category,
        thumbnailIndex: 0,
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toEqual(
        expect.objectContaining({
          title: 'After',
          description: 'New words',
          visibility: 'unlisted',
          tags: ['fresh', 'new'],
          category,
          thumbnailUrl: `/media/videos/${id}/thumbs/thumb-0-640.jpg`,
        }),
      );
      const cleared = await owner.api.patch(`/api/videos/${id}`, { category: null });
      expect(cleared.body.category).toBeNull();

      const moderator = await registerUser(api);
      await setRole(server, moderator.user.id, 'moderator');
      expect((await moderator.api.patch(`/api/videos/${id}`, { title: 'Moderated' })).body.title).toBe(
        'Moderated',
      );
    });

    it('lists the categories by name, and files a video under one', async () => {
      const listed = await api.get('/api/categories');
      expect(listed.status).toBe(200);
      expect(listed.headers.get('cache-control')).toMatch(/public/);
      expect(listed.body.items).toEqual(expect.arrayContaining([{ slug: 'music', name: 'Music' }]));
      expect(listed.body.items.length).toBeGreaterThanOrEqual(18);
      const names = listed.body.items.map((c: { name: string }) => c.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

      const id = await makeReadyVideo(server, owner.user.id);
      const filed = await owner.api.patch(`/api/videos/${id}`, { category: 'science-technology' });
      expect(filed.body.category).toBe('science-technology');
    });

    it('refuses bad edits with a message naming the problem', async () => {
      const id = await makeReadyVideo(server, owner.user.id);
      for (const [body, message] of [
        [{ title: '   ' }, /title must not be empty/],
        [{ visibility: 'everyone' }, /visibility must be one of/],
        [{ thumbnailIndex: 7 }, /thumbnailIndex must be -1 or from 0 to 3/],
        [{ thumbnailIndex: -1 }, /no uploaded thumbnail/],
        [{ category: 'no-such-category' }, /There is no category "no-such-category"/],
        [{ tags: ['x'.repeat(41)] }, /longer than 40 characters/],
        [{ owner: 'me' }, /property owner should not exist/],
      ] as const) {
        const result = await owner.api.patch(`/api/videos/${id}`, body);
        expect(result.status).toBe(400);
        expect(result.body.message).toMatch(message);
      }
    });

    it('takes a custom thumbnail, cropped and resized, and refuses what is not a usable picture', async () => {
      const id = await makeReadyVideo(server, owner.user.id);
      const picture = await sharp({
        create: { width: 1600, height: 1000, channels: 3, background: '#3366ff' },
      })
        .png()
        .toBuffer();
      const upload = (session: Session, bytes: Buffer, name = 'cover.png') => {
        const form = new FormData();
        form.append('file', new Blob([bytes]), name);
        return fetch(`${server.baseUrl}/api/videos/${id}/thumbnail`, {
          method: 'POST',
          headers: { authorization: `Bearer ${session.token}` },
          body: form,
        });
      };
      expect((await upload(other, picture)).status).toBe(403);

      const response = await upload(owner, picture);
      expect(response.status).toBe(200);
      const video = await response.json();
      expect(video.thumbnailUrl).toMatch(
        new RegExp(`^/media/videos/${id}/thumbs/custom-640\\.jpg\\?v=\\w+$`),
      );
      expect(video.thumbnails.at(-1)).toEqual(expect.objectContaining({ index: -1 }));
      const served = await fetch(server.baseUrl + video.thumbnailUrl);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/jpeg');
      const size = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
      expect([size.width, size.height]).toEqual([640, 360]);

      const tiny = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#000' } })
        .png()
        .toBuffer();
      const tooSmall = await upload(owner, tiny);
      expect(tooSmall.status).toBe(400);
      expect((await tooSmall.json()).message).toMatch(/at least 640×360 pixels/);
      const notAPicture = await upload(owner, Buffer.from('definitely not an image'), 'cover.jpg');
      expect(notAPicture.status).toBe(400);
      expect((await notAPicture.json()).message).toMatch(/cannot be read/);
    });

    describe('a custom thumbnail before the video is ready', () => {
      const picture = () =>
        sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#ff6633' } })
          .png()
          .toBuffer();
      const upload = async (id: string, bytes: Buffer, name = 'cover.png') => {
        const form = new FormData();
        form.append('file', new Blob([bytes]), name);
        const response = await fetch(`${server.baseUrl}/api/videos/${id}/thumbnail`, {
          method: 'POST',
          headers: { authorization: `Bearer ${owner.token}` },
          body: form,
        });
        return { status: response.status, body: await response.json() };
      };
      const pending = async () =>
        (
          await postVideoForm(
            owner,
            { title: 'Not processed yet' },
            { name: 'a.mp4', bytes: Buffer.alloc(2000, 1) },
          )
        ).body.id as string;
      const customFiles = (id: string) =>
        [320, 640].flatMap((width) => [
          StorageKeys.customThumbnail(id, width, 'jpg'),
          StorageKeys.customThumbnail(id, width, 'webp'),
        ]);

      it('takes one while pending, cropped to 16:9 as the shape is not known yet, and keeps the upload', async () => {
        const id = await pending();
        const set = await upload(id, await picture());
        expect(set.status).toBe(200);
        expect(set.body.status).toBe('pending');
        expect(set.body.thumbnailUrl).toMatch(
          new RegExp(`^/media/videos/${id}/thumbs/custom-640\\.jpg\\?v=\\w+$`),
        );
        expect(set.body.thumbnails).toEqual([expect.objectContaining({ index: -1 })]);
        const served = await fetch(server.baseUrl + set.body.thumbnailUrl);
        expect(served.status).toBe(200);
        const size = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
        expect([size.width, size.height]).toEqual([640, 360]);
        expect((await api.get(`/api/videos/${id}`)).body.thumbnailUrl).toBe(set.body.thumbnailUrl);
        expect(await storage(server).exists(StorageKeys.customThumbnailSource(id))).toBe(true);

        // a second one replaces it, under a new version
        await new Promise((resolve) => setTimeout(resolve, 5));
        const again = await upload(id, await picture());
        expect(again.status).toBe(200);
        expect(again.body.thumbnailUrl).not.toBe(set.body.thumbnailUrl);
      });

      it('takes one while processing, cropped to the shape the probe found', async () => {
        const processing = await makeReadyVideo(server, owner.user.id, { status: 'processing' });
        await orm(server).em.fork().nativeUpdate(Video, { id: processing }, { width: 480, height: 360 });
        const set = await upload(processing, await picture());
        expect(set.status).toBe(200);
        expect(set.body.status).toBe('processing');
        const served = await fetch(server.baseUrl + set.body.thumbnailUrl);
        const size = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
        expect([size.width, size.height]).toEqual([640, 480]);
      });

      it('refuses what is not a usable picture with the same messages, leaving no file behind', async () => {
        const id = await pending();
        const tiny = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#000' } })
          .png()
          .toBuffer();
        const tooSmall = await upload(id, tiny);
        expect(tooSmall.status).toBe(400);
        expect(tooSmall.body.message).toMatch(/at least 640×360 pixels/);
        const notAPicture = await upload(id, Buffer.from('definitely not an image'), 'cover.jpg');
        expect(notAPicture.status).toBe(400);
        expect(notAPicture.body.message).toMatch(/cannot be read/);

        expect(await storage(server).exists(StorageKeys.videoDir(id))).toBe(false);
        expect(await storage(server).exists(StorageKeys.customThumbnailSource(id))).toBe(false);
        const view = (await owner.api.get(`/api/videos/${id}`)).body;
        expect([view.thumbnailUrl, view.thumbnails]).toEqual([null, []]);
        expect((await owner.api.patch(`/api/videos/${id}`, { thumbnailIndex: -1 })).body.message).toMatch(
          /no uploaded thumbnail/,
        );
      });

      it('goes with the video when it is deleted', async () => {
        const id = await pending();
        expect((await upload(id, await picture())).status).toBe(200);
        for (const key of customFiles(id)) expect(await storage(server).exists(key)).toBe(true);

        expect((await owner.api.delete(`/api/videos/${id}`)).status).toBe(204);
        for (const key of [...customFiles(id), StorageKeys.customThumbnailSource(id)]) {
          expect(await storage(server).exists(key)).toBe(false);
        }
        expect(await storage(server).exists(StorageKeys.videoDir(id))).toBe(false);
        expect(await storage(server).exists(StorageKeys.originalsDir(id))).toBe(false);
      });
    });

    it('deletes the row and the files, gives the storage back, and refuses others with 403', async () => {
      const me = await registerUser(api);
      const uploaded = await postVideoForm(
        me,
        { title: 'To delete' },
        { name: 'a.mp4', bytes: Buffer.alloc(4000, 1) },
      );
      const id = uploaded.body.id;
      await storage(server).write(`${StorageKeys.hlsDir(id)}/master.m3u8`, '#EXTM3U\n');
      expect(await storageUsed(server, me.user.id)).toBe(4000);

      expect((await other.api.delete(`/api/videos/${id}`)).status).toBe(403);
      expect(await storage(server).exists(StorageKeys.originalsDir(id))).toBe(true);

      expect((await me.api.delete(`/api/videos/${id}`)).status).toBe(204);
      expect((await me.api.get(`/api/videos/${id}`)).status).toBe(404);
      expect(await storage(server).exists(StorageKeys.originalsDir(id))).toBe(false);
      expect(await storage(server).exists(StorageKeys.videoDir(id))).toBe(false);
      expect(await storageUsed(server, me.user.id)).toBe(0);
      expect((await me.api.delete(`/api/videos/${id}`)).status).toBe(404);
    });

    it('retries a failed video only, for its owner, and queues it again', async () => {
      const id = await makeReadyVideo(server, owner.user.id, { status: 'failed' });
      await orm(server).em.fork().nativeUpdate(Video, { id }, { error: 'This file is not a video' });
      const ready = await makeReadyVideo(server, owner.user.id);

      expect((await other.api.post(`/api/videos/${id}/retry`)).status).toBe(403);
      const notFailed = await owner.api.post(`/api/videos/${ready}/retry`);
      expect(notFailed.status).toBe(409);
      expect(notFailed.body.message).toMatch(/Only a failed video can be retried; this one is ready/);

      const retried = await owner.api.post(`/api/videos/${id}/retry`);
      expect(retried.status).toBe(200);
      expect(retried.body).toEqual(expect.objectContaining({ status: 'pending', progress: 0, error: null }));
      expect(await queuedTranscode(queue, id)).toBeDefined();
    });
  });

  describe('clips', () => {
    it('makes a pending clip of the owner’s ready video and queues it', async () => {
      const source = await makeReadyVideo(server, owner.user.id, {
        title: 'Long take',
        duration: 120,
        tags: ['surf'],
      });
      const result = await owner.api.post(`/api/videos/${source}/clips`, { start: '00:01:05.250', end: 90 });
      expect(result.status).toBe(202);
      expect(result.body).toEqual(
        expect.objectContaining({
          source: 'clip',
          clipOf: source,
          status: 'pending',
          title: 'Long take (clip)',
          tags: ['surf'],
        }),
      );
      const clip = await orm(server).em.fork().findOneOrFail(Video, { id: result.body.id });
      expect([clip.clipStart, clip.clipEnd]).toEqual([65.25, 90]);
      expect(await queuedTranscode(queue, result.body.id)).toBeDefined();

      const titled = await owner.api.post(`/api/videos/${source}/clips`, {
        start: '1:00',
        end: '1:30',
        title: 'Best bit',
      });
      expect(titled.body.title).toBe('Best bit');
    });

    it('says what to fix: bad times, out of range, not the owner, not ready', async () => {
      const source = await makeReadyVideo(server, owner.user.id, { duration: 30 });
      for (const [body, message] of [
        [{ start: 10, end: 5 }, /start must be before end/],
        [{ start: 5, end: 31 }, /end 31 is past the video's duration 30/],
        [{ start: 'ten', end: 20 }, /start "ten" is not a time/],
        [{ start: -1, end: 20 }, /start must be 0 or more/],
        [{ start: 1, end: 1.2 }, /at least 0.5 s/],
        [{ end: 20 }, /start is required/],
      ] as const) {
        const result = await owner.api.post(`/api/videos/${source}/clips`, body);
        expect(result.status).toBe(400);
        expect(result.body.message).toMatch(message);
      }
      const notOwner = await other.api.post(`/api/videos/${source}/clips`, { start: 0, end: 5 });
      expect(notOwner.status).toBe(403);
      expect(notOwner.body.message).toMatch(/Only the owner/);

      const pending = await postVideoForm(
        owner,
        { title: 'Still pending' },
        { name: 'a.mp4', bytes: Buffer.alloc(10) },
      );
      const tooEarly = await owner.api.post(`/api/videos/${pending.body.id}/clips`, { start: 0, end: 5 });
      expect(tooEarly.status).toBe(409);
      expect(tooEarly.body.message).toMatch(/still pending; clips can be made once it is ready/);
    });
  });
});
