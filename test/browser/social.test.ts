import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import type { VideoView } from '@clipstream/core/contract';
import { generateVideo } from '@clipstream/media/process/test-media';
import { Api, registerUser, Session } from '../support/http';
import { ServerProcess, startServer } from '../support/server-process';
import { byTestId, launchChromium, signedInContext } from './support/browser';
import { uploadReadyVideo } from './support/moderation-video';

// jest takes testTimeout from the root config only (a project's is ignored), so the limits are set here
jest.setTimeout(180_000);

const screenshots = resolve(__dirname, '../../docs/screenshots');
const PROCESSING_TIMEOUT_MS = 120_000;
const VIDEO_TITLE = 'Harbour at dawn';
// markup that runs script if any page renders it as HTML instead of text
const VIEWER_NAME = '<b>Bold</b> <img src=x onerror="window.__xss=1">';
const COMMENT = '<script>window.__xss=1</script><i>hi</i>';
const REPLY = 'Thanks for watching!';

describe('social in Chromium: subscribe, like, comment and reply, live between two people', () => {
  let server: ServerProcess;
  let browser: Browser;
  let work: string;
  let creator: Session;
  let viewer: Session;
  let video: VideoView;
  let creatorContext: BrowserContext;
  let viewerContext: BrowserContext;
  /** B, the creator, with the video's page open from the start. */
  let creatorPage: Page;
  /** A, the viewer. */
  let viewerPage: Page;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'browser-social-'));
    const [started, chromium] = await Promise.all([
      // a database and queue of their own (isolate): fixed names cannot collide, no other worker takes the job
      startServer({
        isolate: 'social',
        env: { TRANSCODE_PROFILE: JSON.stringify({ preset: 'ultrafast', segmentSeconds: 2 }) },
      }),
      launchChromium(),
      generateVideo(join(work, 'harbour.mp4'), { width: 320, height: 240, seconds: 2 }),
    ]);
    [server, browser] = [started, chromium];
    const api = new Api(server.baseUrl);
    [creator, viewer] = await Promise.all([
      registerUser(api, 'bruno'),
      registerWithName(api, 'ana', VIEWER_NAME),
    ]);
    video = await uploadReadyVideo(
      creator,
      join(work, 'harbour.mp4'),
      VIDEO_TITLE,
      PROCESSING_TIMEOUT_MS,
    ).catch(failWithServerOutput);
    [creatorContext, viewerContext] = await Promise.all([
      signedInContext(browser, creator.token),
      signedInContext(browser, viewer.token),
    ]);
    mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('opens the video for the creator and the viewer, both connected live', async () => {
    // the creator's page first: it joins the video's room long before the viewer writes anything
    creatorPage = await openWatchPage(creatorContext);
    viewerPage = await openWatchPage(viewerContext);
    expect((await byTestId(viewerPage, 'current-user').textContent())?.trim()).toBe(VIEWER_NAME);
    expect(await byTestId(viewerPage, 'subscriber-count').textContent()).toMatch(/^\s*0 subscribers\s*$/);
    expect(await byTestId(viewerPage, 'like-count').textContent()).toMatch(/^\s*0\s*$/);
    // marks the documents, so that a reload later would show as a lost marker
    await Promise.all(
      [creatorPage, viewerPage].map((page) => page.evaluate(() => ((window as any).__sameDocument = true))),
    );
  });

  it('lets the viewer subscribe and like, with the counts the server answers', async () => {
    const subscribe = byTestId(viewerPage, 'subscribe-button');
    await subscribe.click();
    await viewerPage.locator('[data-testid="subscribe-button"][aria-pressed="true"]').waitFor();
    await waitForText(viewerPage, 'subscriber-count', /^\s*1 subscriber\s*$/);

    // the button shows a press at once; the count is the server's once its answer is in
    const rated = viewerPage.waitForResponse(
      (response) =>
        response.request().method() === 'PUT' && response.url().endsWith(`/api/videos/${video.id}/rating`),
    );
    await byTestId(viewerPage, 'like-button').click();
    expect((await rated).status()).toBe(200);
    await viewerPage.locator('[data-testid="like-button"][aria-pressed="true"]').waitFor();
    await waitForText(viewerPage, 'like-count', /^\s*1\s*$/);

    const rating = await viewer.api.get(`/api/videos/${video.id}/rating`);
    expect([rating.status, rating.body.likes, rating.body.rating]).toEqual([200, 1, 'like']);
  });

  it('shows a comment and its author with markup as plain text, and pushes it live to the creator', async () => {
    await byTestId(viewerPage, 'comment-input').fill(COMMENT);
    await byTestId(viewerPage, 'comment-submit').click();

    for (const page of [viewerPage, creatorPage]) {
      const comment = byTestId(page, 'comment').filter({ has: byTestId(page, 'comment-body') });
      await comment.first().waitFor();
      expect(await comment.count()).toBe(1);
      const body = byTestId(page, 'comment-body');
      expect(await body.textContent()).toBe(COMMENT);
      expect(await body.evaluate((element) => element.querySelectorAll('*').length)).toBe(0);
      expect(await body.evaluate((element) => element.innerHTML)).toContain('&lt;script&gt;');
      const author = byTestId(page, 'comment-author');
      expect((await author.textContent())?.trim()).toBe(VIEWER_NAME);
      expect(await author.evaluate((element) => element.querySelectorAll('b, img').length)).toBe(0);
    }
    expect(await stillSameDocument(creatorPage)).toBe(true);
  });

  it('names the viewer as text in the creator’s notifications', async () => {
    await byTestId(creatorPage, 'notifications-button').click();
    const item = creatorPage.locator('[data-testid="notification-item"][data-type="comment.new"]');
    await item.waitFor();
    expect(await item.locator('[data-testid="notification-text"]').textContent()).toContain(VIEWER_NAME);
    expect(await item.evaluate((element) => element.querySelectorAll('b, img, i, script').length)).toBe(0);
    await creatorPage.keyboard.press('Escape');
    await byTestId(creatorPage, 'notifications-panel').waitFor({ state: 'detached' });
  });

  it('brings the creator’s reply to the commenter live: in the thread and on the bell', async () => {
    expect(await byTestId(viewerPage, 'notification-count').isHidden()).toBe(true);

    await byTestId(creatorPage, 'reply-button').click();
    await byTestId(creatorPage, 'reply-input').fill(REPLY);
    await byTestId(creatorPage, 'reply-submit').click();
    await byTestId(creatorPage, 'comment-body').filter({ hasText: REPLY }).waitFor();

    await byTestId(viewerPage, 'comment-body').filter({ hasText: REPLY }).waitFor();
    const badge = byTestId(viewerPage, 'notification-count');
    await badge.waitFor({ state: 'visible' });
    expect(Number((await badge.textContent())?.trim())).toBeGreaterThanOrEqual(1);

    await byTestId(viewerPage, 'notifications-button').click();
    const item = viewerPage.locator('[data-testid="notification-item"][data-type="comment.reply"]');
    await item.waitFor();
    expect(await item.getAttribute('data-read')).toBe('false');
    expect(await stillSameDocument(viewerPage)).toBe(true);

    // the bell's hover tooltip would sit over the open panel in the picture
    await viewerPage.mouse.move(0, 700);
    await viewerPage.locator('.mat-mdc-tooltip').waitFor({ state: 'detached' });
    await byTestId(viewerPage, 'comments').scrollIntoViewIfNeeded();
    await viewerPage.screenshot({ path: resolve(screenshots, 'watch-social.png') });
  });

  it('never ran the markup as script in either page', async () => {
    for (const page of [viewerPage, creatorPage]) {
      expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
      expect(await page.locator('img[src="x"]').count()).toBe(0);
    }
  });

  async function openWatchPage(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/watch/${video.id}`);
    await byTestId(page, 'video-title').waitFor();
    await byTestId(page, 'comments-empty').waitFor();
    await byTestId(page, 'subscriber-count').waitFor();
    await page.locator('[data-testid="socket-status"][data-state="connected"]').waitFor();
    return page;
  }

  function failWithServerOutput(error: Error): never {
    throw new Error(`${error.message}\n--- server and worker ---\n${server.output()}`);
  }
});

/** Registers like `registerUser`, with a display name of one's own. */
async function registerWithName(api: Api, username: string, displayName: string): Promise<Session> {
  const result = await api.post('/api/auth/register', {
    email: `${username}@example.com`,
    username,
    displayName,
    password: 'correct horse battery',
  });
  if (result.status !== 201)
    throw new Error(`register failed: ${result.status} ${JSON.stringify(result.body)}`);
  return { token: result.body.accessToken, user: result.body.user, api: api.as(result.body.accessToken) };
}

async function waitForText(page: Page, testId: string, expected: RegExp): Promise<void> {
  await page.waitForFunction(
    ([id, source]) =>
      new RegExp(source).test(document.querySelector(`[data-testid="${id}"]`)?.textContent ?? ''),
    [testId, expected.source] as const,
  );
}

function stillSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as any).__sameDocument === true);
}
