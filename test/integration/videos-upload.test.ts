import { mkdtempSync, readdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Queue } from 'bullmq';
import { StorageKeys } from '@clipstream/core';
import { Api, registerUser, Session } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';
import { postVideoForm, queuedTranscode, storage, storageUsed, transcodeQueue } from './videos-fixtures';

const LIMIT = 200_000;
const QUOTA = 300_000;

/** Its own data folder, so that "no file left behind" can be checked by listing it. */
const dataDir = mkdtempSync(join(tmpdir(), 'clipstream-uploads-'));
const serverEnv = { DATA_DIR: dataDir, UPLOAD_MAX_BYTES: String(LIMIT), USER_QUOTA_BYTES: String(QUOTA) };

function originals(): string[] {
  try {
    return readdirSync(join(dataDir, 'originals'));
  } catch {
    return [];
  }
}

function tusMetadata(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(',');
}

describe('uploads', () => {
  let server: TestServer;
  let api: Api;
  let queue: Queue;

  beforeAll(async () => {
    server = await startTestServer(serverEnv);
    api = new Api(server.baseUrl);
    queue = transcodeQueue();
  });
  afterAll(async () => {
    await queue.close();
    await server.close();
  });

  describe('multipart POST /api/videos', () => {
    it('stores the file as the original, makes a pending video and queues its transcode', async () => {
      const owner = await registerUser(api);
      const bytes = randomBytes(50_000);
      const result = await postVideoForm(
        owner,
        {
          title: '  Alpine <b>lakes</b> ',
          description: 'Blue water',
          visibility: 'unlisted',
          tags: ['Travel, #Alps', 'alps'],
          category: 'Travels',
        },
        { name: 'Holiday.MOV', bytes },
      );
      expect(result.status).toBe(201);
      expect(result.body).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          title: 'Alpine <b>lakes</b>',
          description: 'Blue water',
          status: 'pending',
          visibility: 'unlisted',
          source: 'upload',
          tags: ['alps', 'travel'],
          category: 'travels',
          hlsUrl: null,
          renditions: [],
          owner: expect.objectContaining({ id: owner.user.id, username: owner.user.username }),
        }),
      );
      const id = result.body.id;
      const stored = await storage(server).stat(StorageKeys.original(id, 'mov'));
      expect(stored?.size).toBe(bytes.length);
      expect(await storageUsed(server, owner.user.id)).toBe(bytes.length);

      const job = await queuedTranscode(queue, id);
      expect(job?.name).toBe('transcode');
      expect(job?.opts.attempts).toBeGreaterThan(1);
      expect(job?.opts.backoff).toEqual(expect.objectContaining({ type: 'exponential' }));

      const mine = await owner.api.get('/api/videos/mine');
      expect(mine.body.items.map((video: { id: string }) => video.id)).toEqual([id]);
    });

    it('refuses a missing title or file with 400 and keeps nothing', async () => {
      const owner = await registerUser(api);
      const before = originals();
      const noTitle = await postVideoForm(
        owner,
        { description: 'no title' },
        { name: 'a.mp4', bytes: randomBytes(1000) },
      );
      expect(noTitle.status).toBe(400);
      expect(noTitle.body.message).toMatch(/title is required/);
      const blankTitle = await postVideoForm(
        owner,
        { title: '   ' },
        { name: 'a.mp4', bytes: randomBytes(1000) },
      );
      expect(blankTitle.status).toBe(400);
      const noFile = await postVideoForm(owner, { title: 'No file' }, null);
      expect(noFile.status).toBe(400);
      expect(noFile.body.message).toMatch(/file is missing/);
      const badVisibility = await postVideoForm(
        owner,
        { title: 'x', visibility: 'secret' },
        { name: 'a.mp4', bytes: randomBytes(10) },
      );
      expect(badVisibility.body).toEqual(
        expect.objectContaining({
          statusCode: 400,
          message: expect.stringMatching(/visibility must be one of/),
        }),
      );
      const noSuchCategory = await postVideoForm(
        owner,
        { title: 'x', category: 'cooking-shows' },
        { name: 'a.mp4', bytes: randomBytes(10) },
      );
      expect(noSuchCategory.status).toBe(400);
      expect(noSuchCategory.body.message).toMatch(/There is no category "cooking-shows": pick a slug/);
      const json = await owner.api.post('/api/videos', { title: 'json' });
      expect(json.status).toBe(400);

      expect(originals()).toEqual(before);
      expect((await owner.api.get('/api/videos/mine')).body.total).toBe(0);
      expect(await storageUsed(server, owner.user.id)).toBe(0);
    });

    it('refuses a file over the size limit with 413 naming the limit, leaving no file and no row', async () => {
      const owner = await registerUser(api);
      const before = originals();
      const result = await postVideoForm(
        owner,
        { title: 'Too big' },
        { name: 'big.mp4', bytes: randomBytes(LIMIT + 50_000) },
      );
      expect(result.status).toBe(413);
      expect(result.body.message).toMatch(/uploads are limited to 195.3 KiB \(200000 bytes\)/);
      expect(originals()).toEqual(before);
      expect((await owner.api.get('/api/videos/mine')).body.total).toBe(0);
      expect(await storageUsed(server, owner.user.id)).toBe(0);
    });

    it('refuses an upload past the quota with 413 saying what is left', async () => {
      const owner = await registerUser(api);
      expect(
        (await postVideoForm(owner, { title: 'First' }, { name: 'a.mp4', bytes: randomBytes(150_000) }))
          .status,
      ).toBe(201);
      const before = originals();
      const second = await postVideoForm(
        owner,
        { title: 'Second' },
        { name: 'b.mp4', bytes: randomBytes(160_000) },
      );
      expect(second.status).toBe(413);
      expect(second.body.message).toMatch(/storage quota of 293 KiB: 146\.5 KiB used, 146\.5 KiB left/);
      expect(originals()).toEqual(before);
      expect(await storageUsed(server, owner.user.id)).toBe(150_000);
    });

    it('needs a signed-in caller', async () => {
      const form = new FormData();
      form.append('title', 'anonymous');
      form.append('file', new Blob([randomBytes(10)]), 'a.mp4');
      const response = await fetch(`${server.baseUrl}/api/videos`, { method: 'POST', body: form });
      expect(response.status).toBe(401);
    });
  });

  describe('tus /api/uploads/', () => {
    const tusHeaders = (session: Session, extra: Record<string, string> = {}) => ({
      authorization: `Bearer ${session.token}`,
      'tus-resumable': '1.0.0',
      ...extra,
    });

    async function createUpload(
      session: Session,
      size: number,
      metadata: Record<string, string>,
    ): Promise<Response> {
      return fetch(`${server.baseUrl}/api/uploads/`, {
        method: 'POST',
        headers: tusHeaders(session, {
          'upload-length': String(size),
          'upload-metadata': tusMetadata(metadata),
        }),
      });
    }

    async function patch(
      session: Session,
      location: string,
      offset: number,
      chunk: Buffer,
    ): Promise<Response> {
      return fetch(new URL(location, `${server.baseUrl}/api/uploads/`), {
        method: 'PATCH',
        headers: tusHeaders(session, {
          'upload-offset': String(offset),
          'content-type': 'application/offset+octet-stream',
        }),
        body: chunk,
      });
    }

    async function offsetOf(session: Session, location: string): Promise<number> {
      const head = await fetch(new URL(location, `${server.baseUrl}/api/uploads/`), {
        method: 'HEAD',
        headers: tusHeaders(session),
      });
      expect(head.status).toBe(200);
      return Number(head.headers.get('upload-offset'));
    }

    /** Sends part of a PATCH body and then cuts the connection, as a dropped network would. */
    function droppedPatch(
      session: Session,
      location: string,
      offset: number,
      sent: Buffer,
      declared: number,
    ): Promise<void> {
      const url = new URL(location, `${server.baseUrl}/api/uploads/`);
      return new Promise((resolve) => {
        const request = httpRequest(url, {
          method: 'PATCH',
          headers: {
            ...tusHeaders(session, {
              'upload-offset': String(offset),
              'content-type': 'application/offset+octet-stream',
            }),
            'content-length': String(declared),
          },
        });
        request.on('error', () => resolve());
        request.on('close', () => resolve());
        request.write(sent, () => setImmediate(() => request.destroy()));
      });
    }

    /** The offset once the server has finished with the dropped request (it settles on what reached the disk). */
    async function settledOffset(session: Session, location: string): Promise<number> {
      let previous = -1;
      for (;;) {
        const offset = await offsetOf(session, location);
        if (offset === previous) return offset;
        previous = offset;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }

    it('resumes after a dropped connection and makes a video, named in X-Video-Id and GET /api/uploads/:id', async () => {
      const owner = await registerUser(api);
      const file = randomBytes(120_000);
      const created = await createUpload(owner, file.length, {
        filename: 'clip.webm',
        title: 'Resumed upload',
        visibility: 'private',
        tags: 'one,two',
        filetype: 'video/webm',
      });
      expect(created.status).toBe(201);
      const location = created.headers.get('location')!;
      expect(location).toMatch(/^\/api\/uploads\/[0-9a-f-]{36}$/);
      const uploadId = location.split('/').pop()!;

      const first = await patch(owner, location, 0, file.subarray(0, 40_000));
      expect(first.status).toBe(204);
      expect(first.headers.get('upload-offset')).toBe('40000');

      await droppedPatch(owner, location, 40_000, file.subarray(40_000, 70_000), 80_000);
      const offset = await settledOffset(owner, location);
      expect(offset).toBeGreaterThanOrEqual(40_000);
      expect(offset).toBeLessThan(file.length);
      const progress = await owner.api.get(`/api/uploads/${uploadId}`);
      expect(progress.body).toEqual({ id: uploadId, offset, size: file.length, videoId: null });

      const last = await patch(owner, location, offset, file.subarray(offset));
      expect(last.status).toBe(204);
      expect(last.headers.get('x-video-id')).toBe(uploadId);
      expect(last.headers.get('access-control-expose-headers')).toMatch(/X-Video-Id/);

      const status = await owner.api.get(`/api/uploads/${uploadId}`);
      expect(status.body).toEqual({
        id: uploadId,
        offset: file.length,
        size: file.length,
        videoId: uploadId,
      });
      const video = await owner.api.get(`/api/videos/${uploadId}`);
      expect(video.body).toEqual(
        expect.objectContaining({
          title: 'Resumed upload',
          visibility: 'private',
          status: 'pending',
          source: 'upload',
          tags: ['one', 'two'],
        }),
      );
      const original = StorageKeys.original(uploadId, 'webm');
      expect(await storage(server).stat(original)).toEqual(expect.objectContaining({ size: file.length }));
      const chunks: Buffer[] = [];
      for await (const chunk of storage(server).read(original)) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks).equals(file)).toBe(true);
      expect(readdirSync(join(dataDir, 'uploads')).filter((name) => name.startsWith(uploadId))).toEqual([]);
      expect(await queuedTranscode(queue, uploadId)).toBeDefined();
      expect(await storageUsed(server, owner.user.id)).toBe(file.length);
    });

    it('resumes after a server restart', async () => {
      const owner = await registerUser(api);
      const file = randomBytes(30_000);
      const created = await createUpload(owner, file.length, {
        filename: 'r.mp4',
        title: 'Across a restart',
      });
      const location = created.headers.get('location')!;
      expect((await patch(owner, location, 0, file.subarray(0, 10_000))).status).toBe(204);

      await server.close();
      server = await startTestServer(serverEnv);
      api = new Api(server.baseUrl);

      expect(await offsetOf(owner, location)).toBe(10_000);
      const last = await patch(owner, location, 10_000, file.subarray(10_000));
      expect(last.status).toBe(204);
      const videoId = last.headers.get('x-video-id')!;
      expect((await api.as(owner.token).get(`/api/videos/${videoId}`)).body.title).toBe('Across a restart');
    });

    it('needs the bearer token on every request and hides uploads from other users', async () => {
      const owner = await registerUser(api);
      const other = await registerUser(api);
      const anonymous = await fetch(`${server.baseUrl}/api/uploads/`, {
        method: 'POST',
        headers: {
          'tus-resumable': '1.0.0',
          'upload-length': '10',
          'upload-metadata': tusMetadata({ title: 'x' }),
        },
      });
      expect(anonymous.status).toBe(401);

      const created = await createUpload(owner, 10, { filename: 'a.mp4', title: 'Mine' });
      const location = created.headers.get('location')!;
      const url = new URL(location, server.baseUrl);
      expect((await fetch(url, { method: 'HEAD', headers: { 'tus-resumable': '1.0.0' } })).status).toBe(401);
      expect((await fetch(url, { method: 'HEAD', headers: tusHeaders(other) })).status).toBe(404);
      expect((await patch(other, location, 0, Buffer.alloc(10))).status).toBe(404);
      expect((await other.api.get(`/api/uploads/${location.split('/').pop()}`)).status).toBe(404);
      expect(await offsetOf(owner, location)).toBe(0);
      expect((await owner.api.get('/api/uploads/not-an-upload')).status).toBe(404);
    });

    it('refuses bad metadata with 400 and a size over the limit or the quota with 413 before any byte', async () => {
      const owner = await registerUser(api);
      const noTitle = await createUpload(owner, 100, { filename: 'a.mp4' });
      expect(noTitle.status).toBe(400);
      expect(JSON.parse(await noTitle.text()).message).toMatch(/title is required/);

      const noSuchCategory = await createUpload(owner, 100, { title: 'x', category: 'cooking-shows' });
      expect(noSuchCategory.status).toBe(400);
      expect(JSON.parse(await noSuchCategory.text()).message).toMatch(/There is no category "cooking-shows"/);

      const tooBig = await createUpload(owner, LIMIT + 1, { filename: 'a.mp4', title: 'Big' });
      expect(tooBig.status).toBe(413);
      expect(JSON.parse(await tooBig.text()).message).toMatch(/limited to 195.3 KiB \(200000 bytes\)/);

      expect(
        (await postVideoForm(owner, { title: 'Fill' }, { name: 'a.mp4', bytes: randomBytes(190_000) }))
          .status,
      ).toBe(201);
      const overQuota = await createUpload(owner, 150_000, { filename: 'a.mp4', title: 'Over' });
      expect(overQuota.status).toBe(413);
      expect(JSON.parse(await overQuota.text()).message).toMatch(/storage quota/);
    });
  });
});
