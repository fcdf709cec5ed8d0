import childProcess from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { SourceInfo } from '@clipstream/core';
import { generateSourceVideo, MediaOrigin, SourceVideo, startMediaOrigin } from '../support/media-origin';
import { Api, registerUser, Session } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';

/** `POST /api/sources/inspect` against a local origin; URL_ALLOWLIST is `127.0.0.1,localhost` in tests. */
describe('sources: inspect', () => {
  let server: TestServer;
  let origin: MediaOrigin;
  let source: SourceVideo;
  let root: string;
  let alice: Session;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'sources-inspect-'));
    source = await generateSourceVideo(root, { seconds: 60, height: 360 });
    writeFileSync(join(root, 'notes.txt'), 'no video in here');
    origin = await startMediaOrigin({ root });
    server = await startTestServer();
    alice = await registerUser(new Api(server.baseUrl));
  });

  afterAll(async () => {
    await server?.close();
    await origin?.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** Counts the processes started while `action` runs. */
  async function spawnedDuring(action: () => Promise<unknown>): Promise<string[]> {
    const spawned: string[] = [];
    const spies = (['spawn', 'execFile', 'exec', 'fork'] as const).map((name) => {
      const original = childProcess[name] as (...args: unknown[]) => unknown;
      return jest.spyOn(childProcess, name).mockImplementation(((...args: unknown[]) => {
        spawned.push(String(args[0]));
        return original.apply(childProcess, args);
      }) as never);
    });
    try {
      await action();
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
    return spawned;
  }

  it('needs a signed-in caller', async () => {
    const result = await new Api(server.baseUrl).post('/api/sources/inspect', {
      url: `${origin.url}/${source.mp4Name}`,
    });
    expect(result.status).toBe(401);
  });

  it('returns duration and formats of an MP4 URL, records it, and answers again from the cache', async () => {
    const url = `${origin.url}/${source.mp4Name}`;
    const first = await alice.api.post('/api/sources/inspect', { url });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      url,
      extractor: 'generic',
      id: expect.any(String),
      title: expect.any(String),
      duration: expect.closeTo(60, 0),
      uploader: null,
      thumbnail: null,
      chapters: [],
      formats: [
        {
          id: expect.any(String),
          label: '360p',
          ext: 'mp4',
          height: 360,
          hasVideo: true,
          hasAudio: true,
          filesize: expect.any(Number),
        },
      ],
    });
    const recorded = await server.app.get(MikroORM).em.fork().findOneOrFail(SourceInfo, { cacheKey: url });
    expect(recorded).toMatchObject({
      extractor: 'generic',
      extractorId: null,
      duration: first.body.duration,
    });

    origin.resetCounts();
    let again: Awaited<ReturnType<Api['post']>> | undefined;
    // a fragment names nothing new: same cache entry
    const spawned = await spawnedDuring(async () => {
      again = await alice.api.post('/api/sources/inspect', { url: `${url}#t=10` });
    });
    expect(again!.status).toBe(200);
    expect(again!.body).toEqual(first.body);
    expect(spawned).toEqual([]);
    expect(origin.bytesSent()).toBe(0);
  });

  it('reads an HLS playlist', async () => {
    const result = await alice.api.post('/api/sources/inspect', { url: `${origin.url}/${source.hlsName}` });
    expect(result.status).toBe(200);
    expect(result.body.duration).toBeCloseTo(60, 0);
    expect(result.body.formats).toEqual([
      expect.objectContaining({ label: '360p', hasVideo: true, hasAudio: true }),
    ]);
  });

  it('reads a DASH manifest: formats that yt-dlp fetches, not "unsupported"', async () => {
    const result = await alice.api.post('/api/sources/inspect', { url: `${origin.url}/${source.dashName}` });
    expect(result.status).toBe(200);
    expect(result.body.duration).toBeCloseTo(60, 0);
    expect(result.body.formats).toEqual([
      expect.objectContaining({
        label: '360p',
        hasVideo: true,
        hasAudio: true,
        filesize: expect.any(Number),
      }),
      expect.objectContaining({ label: 'audio', hasVideo: false, hasAudio: true }),
    ]);
  });

  it('refuses hostile URLs with 400 before any process starts', async () => {
    const port = origin.port;
    const hostile = [
      'file:///etc/passwd',
      `ftp://127.0.0.1:${port}/x.mp4`,
      '--exec=touch /tmp/pwned',
      '--batch-file=/etc/passwd',
      '-o /tmp/pwned.mp4',
      `http://127.0.0.2:${port}/${source.mp4Name}`,
      `http://[::1]:${port}/${source.mp4Name}`,
      `http://2130706434:${port}/${source.mp4Name}`, // 127.0.0.2 in decimal
      `http://0177.0.0.2:${port}/${source.mp4Name}`, // 127.0.0.2 in octal
      'http://169.254.169.254/latest/meta-data/',
      'http://user:secret@127.0.0.1/',
    ];
    const answers: Array<{ url: string; status: number; message: string }> = [];
    const spawned = await spawnedDuring(async () => {
      for (const url of hostile) {
        const result = await alice.api.post('/api/sources/inspect', { url });
        answers.push({ url, status: result.status, message: result.body.message });
      }
    });
    expect(answers.filter(({ status }) => status !== 400)).toEqual([]);
    for (const { message } of answers) expect(message).toMatch(/^url /);
    expect(spawned).toEqual([]);
  });

  it('refuses a redirect from an allowed origin to a refused address at connect time', async () => {
    // a second origin on a loopback address that is not allow-listed: it must never be reached
    const refused = await startMediaOrigin({ root, host: '127.0.0.2' });
    try {
      const target = `${refused.url}/${source.mp4Name}`;
      const result = await alice.api.post('/api/sources/inspect', {
        url: `${origin.url}/redirect?to=${encodeURIComponent(target)}`,
      });
      // yt-dlp reports the guard's refusal of the plain-http hop as an HTTP 403; libs/media tells it
      // from a site's 403 and says the address is refused
      expect(result.status).toBe(400);
      expect(result.body.message).toMatch(/not allowed \(private or local network\)/);
      expect(refused.bytesSent()).toBe(0);
    } finally {
      await refused.close();
    }
  });

  it('says when there is no video, or when it is gone', async () => {
    const gone = await alice.api.post('/api/sources/inspect', { url: `${origin.url}/missing.mp4` });
    expect(gone.status).toBe(404);
    expect(gone.body.message).toMatch(/private, removed or not available/);
    const text = await alice.api.post('/api/sources/inspect', { url: `${origin.url}/notes.txt` });
    expect([404, 422]).toContain(text.status);
  });
});
