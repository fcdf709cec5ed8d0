import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Browser, Page } from 'playwright-core';
import type { VideoView } from '@clipstream/core/contract';
import { generateVideo } from '@clipstream/media/process/test-media';
import { Api, login, registerUser, Session } from '../support/http';
import { ServerProcess, startServer } from '../support/server-process';
import { byTestId, launchChromium, signedInContext } from './support/browser';
import { uploadReadyVideo } from './support/moderation-video';

// jest takes testTimeout from the root config only (a project's is ignored), so the limits are set here
jest.setTimeout(180_000);

const screenshots = resolve(__dirname, '../../docs/screenshots');
const admin = { email: 'admin@example.com', password: 'admin-password-1' };
const PROCESSING_TIMEOUT_MS = 120_000;
const VIDEO_TITLE = 'Miracle cure revealed';
const RESOLUTION = 'Hidden: spam, links to a scam shop';

describe('moderation in Chromium: a moderator resolves a report by hiding the video', () => {
  let server: ServerProcess;
  let browser: Browser;
  let work: string;
  let creator: Session;
  let viewer: Session;
  let moderator: Session;
  let video: VideoView;
  let reportId: string;
  /** The master playlist as the viewer's player got it before the hide. */
  let viewerMasterUrl: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'browser-moderation-'));
    const [started, chromium] = await Promise.all([
      // a database and queue of their own (isolate): fixed names cannot collide, no other worker takes the job
      startServer({
        isolate: 'moderation',
        env: {
          ADMIN_EMAIL: admin.email,
          ADMIN_PASSWORD: admin.password,
          TRANSCODE_PROFILE: JSON.stringify({ preset: 'ultrafast', segmentSeconds: 2 }),
        },
      }),
      launchChromium(),
      generateVideo(join(work, 'miracle-cure.mp4'), { width: 320, height: 180, seconds: 2 }),
    ]);
    [server, browser] = [started, chromium];
    const api = new Api(server.baseUrl);
    [creator, viewer, moderator] = await Promise.all(
      ['carl', 'vera', 'mona'].map((name) => registerUser(api, name)),
    );
    const { api: asAdmin } = await login(api, admin.email, admin.password);
    const promoted = await asAdmin.put(`/api/admin/users/${moderator.user.id}`, { role: 'moderator' });
    expect([promoted.status, promoted.body.role]).toEqual([200, 'moderator']);

    video = await uploadReadyVideo(
      creator,
      join(work, 'miracle-cure.mp4'),
      VIDEO_TITLE,
      PROCESSING_TIMEOUT_MS,
    ).catch(failWithServerOutput);
    mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('lets a viewer watch the video and report it', async () => {
    const seen = await viewer.api.get<VideoView>(`/api/videos/${video.id}`);
    expect([seen.status, seen.body.status, seen.body.hidden]).toEqual([200, 'ready', false]);
    viewerMasterUrl = seen.body.hlsUrl!;
    expect((await fetchAs(viewer, viewerMasterUrl)).status).toBe(200);

    const report = await viewer.api.post(`/api/videos/${video.id}/reports`, { reason: 'spam' });
    expect([report.status, report.body.status]).toEqual([201, 'open']);
    reportId = report.body.id;
  });

  it('lets a moderator sign in to /admin/, open the report and resolve it by hiding the video', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${server.baseUrl}/admin/`);
    await page.locator('input[name="username"]').fill(moderator.user.username);
    await page.locator('input[name="password"]').fill('correct horse battery');
    await page.locator('button[type="submit"]').click();

    await page.getByRole('menuitem', { name: 'Reports' }).click();
    await page.waitForURL('**/admin/reports**');
    expect(await page.getByRole('tab', { name: 'Open' }).getAttribute('aria-selected')).toBe('true');
    // on the reason: the target's title is a link of its own, to the video's page
    await reportRow(page).getByText('spam', { exact: true }).click();
    await page.waitForURL(`**/admin/reports/${reportId}/show`);

    await page.getByRole('button', { name: 'Resolve report' }).click();
    const dialog = page.getByRole('dialog', { name: 'Resolve report' });
    await dialog.getByRole('combobox', { name: /Action/ }).click();
    await page.getByRole('option', { name: 'Hide the video' }).click();
    await dialog.getByRole('textbox', { name: /Resolution/ }).fill(RESOLUTION);
    await dialog.getByRole('button', { name: 'Resolve', exact: true }).click();

    await page.getByText('Report resolved; the reporter is told the outcome').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(RESOLUTION, { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Resolve report' }).count()).toBe(0);

    // the queue: gone from the open reports, listed with its outcome among the resolved ones
    await page.getByRole('menuitem', { name: 'Reports' }).click();
    await page.getByText(/No reports found/i).waitFor();
    expect(await page.getByRole('tab', { name: 'Open' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('tab', { name: 'Resolved' }).click();
    await reportRow(page).getByText(RESOLUTION, { exact: true }).waitFor();
    await reportRow(page).getByText(moderator.user.username, { exact: true }).waitFor();
    // no hover, focus ripple or tab indicator half-way through its slide in the picture
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: resolve(screenshots, 'admin-reports.png'), animations: 'disabled' });
    await page.close();
  });

  it('takes the video away from the viewer: the JSON, the stream and the watch page', async () => {
    expect((await viewer.api.get(`/api/videos/${video.id}`)).status).toBe(404);
    expect([403, 404]).toContain((await fetchAs(viewer, viewerMasterUrl)).status);

    const context = await signedInContext(browser, viewer.token);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/watch/${video.id}`);
    const missing = page.getByRole('alert').filter({ hasText: 'This video does not exist' });
    await missing.waitFor();
    expect(await byTestId(page, 'player').count()).toBe(0);
    expect(await byTestId(page, 'video-title').count()).toBe(0);
    await context.close();

    // still there for its owner, marked hidden
    const owned = await creator.api.get<VideoView>(`/api/videos/${video.id}`);
    expect([owned.status, owned.body.hidden]).toEqual([200, true]);
  });

  it('lets a moderator add, rename and delete a category in /admin/, and keeps one in use', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${server.baseUrl}/admin/`);
    await page.locator('input[name="username"]').fill(moderator.user.username);
    await page.locator('input[name="password"]').fill('correct horse battery');
    await page.locator('button[type="submit"]').click();

    await page.getByRole('menuitem', { name: 'Categories' }).click();
    await page.waitForURL('**/admin/categories**');
    await page.getByRole('link', { name: 'Create' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Travel vlogs');
    await page.getByRole('textbox', { name: 'Slug' }).fill('Travel-Vlogs');
    await page.getByRole('button', { name: 'Save' }).click();
    const row = page.locator('tbody tr').filter({ hasText: 'Travel vlogs' });
    await row.getByText('travel-vlogs', { exact: true }).waitFor();
    const listed = async () => (await viewer.api.get('/api/categories')).body.items;
    expect(await listed()).toContainEqual({ slug: 'travel-vlogs', name: 'Travel vlogs' });

    await row.click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Travel diaries');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('tbody tr').filter({ hasText: 'Travel diaries' }).waitFor();
    expect(await listed()).toContainEqual({ slug: 'travel-vlogs', name: 'Travel diaries' });

    // filed under it, the category cannot be deleted; once the video moves on, it can
    const filed = await creator.api.patch(`/api/videos/${video.id}`, { category: 'travel-vlogs' });
    expect(filed.status).toBe(200);
    await page.locator('tbody tr').filter({ hasText: 'Travel diaries' }).click();
    await page
      .getByText('Used by 1 video: re-file it under another category before deleting this one.')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Delete' }).isDisabled()).toBe(true);
    expect((await creator.api.patch(`/api/videos/${video.id}`, { category: null })).status).toBe(200);
    await page.reload();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await page.waitForURL('**/admin/categories');
    await page.getByRole('menuitem', { name: 'Categories' }).waitFor();
    expect((await listed()).map((category: { slug: string }) => category.slug)).not.toContain('travel-vlogs');
    await page.close();
  });

  it('tells the reporter the outcome', async () => {
    const inbox = await viewer.api.get('/api/notifications');
    expect(inbox.status).toBe(200);
    expect(inbox.body.items).toContainEqual(
      expect.objectContaining({
        type: 'report.resolved',
        reportId,
        targetType: 'video',
        targetId: video.id,
        action: 'hide',
        resolution: RESOLUTION,
      }),
    );
  });

  /** The report's row in the queue, found by the reported video's title. */
  const reportRow = (page: Page) => page.locator('tbody tr').filter({ hasText: VIDEO_TITLE });

  /** A media URL as the viewer's player would ask for it: relative to the server, with the viewer's token. */
  function fetchAs(session: Session, url: string) {
    return fetch(new URL(url, server.baseUrl), { headers: { authorization: `Bearer ${session.token}` } });
  }

  function failWithServerOutput(error: Error): never {
    throw new Error(`${error.message}\n--- server and worker ---\n${server.output()}`);
  }
});
