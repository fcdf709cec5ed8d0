import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { generateVideo } from '@clipstream/media/process/test-media';
import { Api, registerUser, Session } from '../support/http';
import { ServerProcess, startServer } from '../support/server-process';
import { attributeHistory, recordAttributes } from './support/attribute-history';
import { byTestId, failWithOutputOf, launchChromium, signedInContext } from './support/browser';
import { mediaUrlsOf, withoutMediaToken } from './support/hls-playlist';

// jest takes testTimeout from the root config only (a project's is ignored), so the limits are set here
jest.setTimeout(180_000);

const screenshots = resolve(__dirname, '../../docs/screenshots');
const PROCESSING_TIMEOUT_MS = 150_000;
const PLAYBACK_TIMEOUT_MS = 60_000;
const processingStatus = { testId: 'processing-status', attribute: 'data-status' };
const uploadPercent = { testId: 'upload-progress', attribute: 'data-percent' };
const processingPercent = { testId: 'processing-progress', attribute: 'data-percent' };

describe('video pipeline in Chromium: upload, live processing, HLS playback, quality, privacy', () => {
  let server: ServerProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let work: string;
  let owner: Session;
  let videoId: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'browser-pipeline-'));
    const [started, chromium] = await Promise.all([
      // a queue of its own: no other test file's worker (with another profile) takes these jobs
      startServer({
        isolate: 'pipeline',
        env: { TRANSCODE_PROFILE: JSON.stringify({ preset: 'ultrafast', segmentSeconds: 2 }) },
      }),
      launchChromium(),
      generateVideo(join(work, 'sunset-walk.mp4'), { width: 640, height: 360, seconds: 4 }),
    ]);
    [server, browser] = [started, chromium];
    // the server has a database of its own (isolate): fixed names cannot collide, and the screenshot stays the same
    owner = await registerUser(new Api(server.baseUrl), 'maya');
    context = await signedInContext(browser, owner.token);
    await recordAttributes(context, [processingStatus, uploadPercent, processingPercent]);
    page = await context.newPage();
    mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('uploads a file and shows the upload and the processing live until it is ready', async () => {
    await page.goto(`${server.baseUrl}/upload`);
    await byTestId(page, 'upload-input').setInputFiles(join(work, 'sunset-walk.mp4'));
    await byTestId(page, 'upload-title').fill('Sunset walk');
    await byTestId(page, 'upload-submit').click();

    await page.locator('[data-testid="upload-progress"][data-percent="100"]').waitFor();
    await page
      .locator('[data-testid="processing-status"][data-status="ready"]')
      .waitFor({ timeout: PROCESSING_TIMEOUT_MS })
      .catch(failWithOutputOf(server));

    const statuses = await attributeHistory(page, processingStatus);
    expect(statuses.indexOf('processing')).toBeGreaterThanOrEqual(0);
    expect(statuses.indexOf('processing')).toBeLessThan(statuses.indexOf('ready'));
    expect(statuses).not.toContain('failed');
    const processed = (await attributeHistory(page, processingPercent)).map(Number);
    expect(processed.some((percent) => percent > 0 && percent < 100)).toBe(true);
    const percents = (await attributeHistory(page, uploadPercent)).map(Number);
    expect(percents[percents.length - 1]).toBe(100);

    const href = await byTestId(page, 'watch-link').getAttribute('href');
    videoId = /\/watch\/([0-9a-f-]{36})$/.exec(href ?? '')![1];
  });

  it('plays the HLS stream with hls.js and switches quality from the menu', async () => {
    await byTestId(page, 'watch-link').click();
    await page.waitForURL(`**/watch/${videoId}`);
    expect((await byTestId(page, 'video-title').textContent())?.trim()).toBe('Sunset walk');

    await byTestId(page, 'play-toggle').click();
    await page.waitForFunction(
      () => document.querySelector<HTMLVideoElement>('[data-testid="player"]')!.currentTime > 0.5,
      undefined,
      { timeout: PLAYBACK_TIMEOUT_MS, polling: 100 },
    );

    // 360p first, so that the switch to 240p is a change whichever rendition "auto" had started with
    for (const height of [360, 240]) {
      await byTestId(page, 'quality-menu').click();
      await byTestId(page, `quality-option-${height}`).click();
      await expectPictureHeight(page, height);
    }
    await byTestId(page, 'quality-menu').click();
    expect(await byTestId(page, 'quality-option-240').getAttribute('aria-checked')).toBe('true');
    await page.keyboard.press('Escape');

    await page.screenshot({ path: resolve(screenshots, 'watch.png') });
  });

  it('refuses a segment of a video made private to another signed-in user', async () => {
    const patched = await owner.api.patch(`/api/videos/${videoId}`, { visibility: 'private' });
    expect(patched.status).toBe(200);

    const { body: video } = await owner.api.get(`/api/videos/${videoId}`);
    expect(video.hlsUrl).toMatch(/^(https?:\/\/[^/]+)?\/media\/s\/[^/]+\//);
    const signedSegment = await firstSegmentUrl(new URL(video.hlsUrl, server.baseUrl).href, owner.token);
    expect((await fetch(signedSegment)).status).toBe(200);

    const stranger = await registerUser(new Api(server.baseUrl), 'sam');
    const unsigned = withoutMediaToken(signedSegment);
    expect(unsigned).not.toBe(signedSegment);
    const refused = await fetch(unsigned, { headers: { authorization: `Bearer ${stranger.token}` } });
    expect(refused.status).toBe(403);
    expect([403, 404]).toContain((await stranger.api.get(`/api/videos/${videoId}`)).status);
  });
});

/**
 * Waits until the <video> shows pictures of this height while playing. A 4 s video may end before the
 * new rendition arrives: it is then played again from the start, as a viewer would.
 */
async function expectPictureHeight(page: Page, height: number): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const video = document.querySelector<HTMLVideoElement>('[data-testid="player"]')!;
      if (video.ended) {
        video.currentTime = 0;
        void video.play();
      }
      return video.videoHeight === expected && !video.paused && video.currentTime > 0;
    },
    height,
    { timeout: PLAYBACK_TIMEOUT_MS, polling: 100 },
  );
}

/** The first media segment of the first rendition of a master playlist, as the owner's player sees it. */
async function firstSegmentUrl(masterUrl: string, token: string): Promise<string> {
  const read = async (url: string) => {
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
    return response.text();
  };
  const [renditionUrl] = mediaUrlsOf(await read(masterUrl), masterUrl);
  const [segmentUrl] = mediaUrlsOf(await read(renditionUrl), renditionUrl);
  return segmentUrl;
}
