import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { probeMedia } from '@clipstream/media';
import { Api, registerUser, Session } from '../support/http';
import { generateSourceVideo, MediaOrigin, SourceVideo, startMediaOrigin } from '../support/media-origin';
import { ServerProcess, startServer } from '../support/server-process';
import { attributeHistory, recordAttributes } from './support/attribute-history';
import { byTestId, failWithOutputOf, launchChromium, signedInContext } from './support/browser';

// jest takes testTimeout from the root config only (a project's is ignored), so the limits are set here
jest.setTimeout(180_000);

const screenshots = resolve(__dirname, '../../docs/screenshots');
const INSPECT_TIMEOUT_MS = 60_000;
const DOWNLOAD_TIMEOUT_MS = 120_000;
/** About 3× the source's bitrate: the 10 s segment takes a few seconds, long enough to show progress. */
const ORIGIN_BYTES_PER_SECOND = 100_000;
const rowStatus = { testId: 'download-row', attribute: 'data-status' };
const progressPercent = { testId: 'download-progress', attribute: 'data-percent' };

describe('segment downloader in Chromium', () => {
  let server: ServerProcess;
  let origin: MediaOrigin;
  let source: SourceVideo;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let work: string;
  let user: Session;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'browser-downloader-'));
    source = await generateSourceVideo(work, { seconds: 60, height: 360 });
    origin = await startMediaOrigin({ root: work, throttleBytesPerSecond: ORIGIN_BYTES_PER_SECOND });
    [server, browser] = await Promise.all([
      // loopback origins may be fetched only because they are on the allow-list
      startServer({ isolate: 'downloader', env: { URL_ALLOWLIST: '127.0.0.1,localhost' } }),
      launchChromium(),
    ]);
    // the server has a database of its own (isolate): a fixed name cannot collide, and the screenshot stays the same
    user = await registerUser(new Api(server.baseUrl), 'dana');
    context = await signedInContext(browser, user.token);
    await recordAttributes(context, [rowStatus, progressPercent]);
    page = await context.newPage();
    mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await origin?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('inspects a URL, downloads 00:00:10–00:00:20 with live progress, and the file is that part', async () => {
    await page.goto(`${server.baseUrl}/download`);
    await byTestId(page, 'source-url-input').fill(`${origin.url}/page/${source.mp4Name}`);
    await byTestId(page, 'inspect-button').click();

    await byTestId(page, 'source-title')
      .waitFor({ timeout: INSPECT_TIMEOUT_MS })
      .catch(failWithOutputOf(server));
    expect(await byTestId(page, 'source-title').textContent()).toContain('Test video');
    expect(Number(await byTestId(page, 'source-duration').getAttribute('data-seconds'))).toBeCloseTo(60, 0);
    expect(await byTestId(page, 'source-duration').textContent()).toContain('1:00');

    await typeTime(page, 'segment-start-0', '00:00:10');
    await typeTime(page, 'segment-end-0', '00:00:20');
    await byTestId(page, 'quality-select').click();
    await byTestId(page, 'quality-360p').click();
    await byTestId(page, 'download-submit').click();

    const row = page.locator('[data-testid="download-row"]').first();
    await row.waitFor();
    const id = (await row.getAttribute('data-id'))!;
    await page
      .locator(`[data-testid="download-row"][data-id="${id}"][data-status="completed"]`)
      .waitFor({ timeout: DOWNLOAD_TIMEOUT_MS })
      .catch(failWithOutputOf(server));
    await byTestId(page, `share-${id}`).waitFor();

    // the bar moved while the worker was at it, and the page was told of the end without a reload
    const statuses = await attributeHistory(page, rowStatus);
    expect(statuses).toContain('processing');
    expect(statuses[statuses.length - 1]).toBe('completed');
    const percents = (await attributeHistory(page, progressPercent)).map(Number);
    expect(percents.some((percent) => percent > 0 && percent < 100)).toBe(true);
    // the whole page from its top (it scrolled down to the history when the download started), so the
    // sticky top bar is where it belongs
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: resolve(screenshots, 'downloader.png'), fullPage: true });

    const { body: download } = await user.api.get(`/api/downloads/${id}`);
    expect(download).toMatchObject({ id, status: 'completed' });
    expect(download.fileSize).toBeGreaterThan(0);

    const file = await fetch(`${server.baseUrl}/api/downloads/${id}/file`, {
      headers: { authorization: `Bearer ${user.token}` },
    });
    expect(file.status).toBe(200);
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(bytes.length).toBe(download.fileSize);
    const saved = join(work, 'segment.mp4');
    await writeFile(saved, bytes);
    const probe = await probeMedia(saved, { formatWhitelist: null });
    expect(Math.abs(probe.duration - 10)).toBeLessThanOrEqual(0.1);
    expect(probe.height).toBe(360);
    // only the requested part crossed the wire (the precise figures are the integration tests' and bench's)
    expect(origin.bytesSent(`/${source.mp4Name}`)).toBeLessThan(statSync(source.mp4Path).size / 2);
  });

  it('refuses a local file as the address with a form error', async () => {
    await page.goto(`${server.baseUrl}/download`);
    await byTestId(page, 'source-url-input').fill('file:///etc/passwd');
    await byTestId(page, 'inspect-button').click();
    await byTestId(page, 'form-error').waitFor();
    expect(await byTestId(page, 'form-error').textContent()).toContain('http');
    expect(await byTestId(page, 'source-title').count()).toBe(0);
  });

  it('shows the server refusing a loopback address off the allow-list', async () => {
    await page.goto(`${server.baseUrl}/download`);
    await byTestId(page, 'source-url-input').fill(`http://127.0.0.2:${origin.port}/${source.mp4Name}`);
    await byTestId(page, 'inspect-button').click();
    await byTestId(page, 'form-error').waitFor({ timeout: INSPECT_TIMEOUT_MS });
    expect(await byTestId(page, 'form-error').textContent()).toContain('not allowed');
    expect(await byTestId(page, 'source-title').count()).toBe(0);
  });
});

/** Types a time into a timecode field and commits it the way a person does, with Enter. */
async function typeTime(page: Page, testId: string, time: string): Promise<void> {
  const field = byTestId(page, testId);
  await field.fill(time);
  await field.press('Enter');
  await expect(field.inputValue()).resolves.toMatch(new RegExp(`^${time}(\\.000)?$`));
}
