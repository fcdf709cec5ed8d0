import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { ServerProcess, startServer } from '../support/server-process';

const screenshots = resolve(__dirname, '../../docs/screenshots');
const admin = { email: 'admin@example.com', password: 'admin-password-1' };
// the server below has a database of its own (isolate), so fixed names cannot collide with other test
// files, and the README's screenshots show only these two accounts
const viewer = {
  email: 'vera@example.com',
  username: 'vera',
  displayName: 'Vera Viewer',
  password: 'viewer-password-1',
};

// jest takes testTimeout from the root config only (a project's is ignored), so the limits are set here
const START_TIMEOUT_MS = 120_000;
const STEP_TIMEOUT_MS = 60_000;

const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

describe('smoke: the built server, web app and admin panel in Chromium', () => {
  let starting: Promise<ServerProcess> | undefined;
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    starting = startServer({
      isolate: 'smoke',
      env: { ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password },
    });
    server = await starting;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    mkdirSync(screenshots, { recursive: true });
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    // a start still under way (its hook timed out) is awaited, so that its processes are stopped too
    const started = await starting?.catch(() => undefined);
    await started?.stop();
  }, START_TIMEOUT_MS);

  it(
    'registers, signs out, signs in and gets live updates',
    async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(`${server.baseUrl}/register`);
      await byTestId(page, 'email-input').fill(viewer.email);
      await byTestId(page, 'username-input').fill(viewer.username);
      await byTestId(page, 'displayname-input').fill(viewer.displayName);
      await byTestId(page, 'password-input').fill(viewer.password);
      await byTestId(page, 'register-submit').click();
      await expectSignedIn(page);

      await byTestId(page, 'user-menu-button').click();
      await byTestId(page, 'logout-button').click();
      await byTestId(page, 'sign-in-link').waitFor();
      expect(await byTestId(page, 'current-user').count()).toBe(0);

      await page.goto(`${server.baseUrl}/login`);
      await byTestId(page, 'login-input').fill(viewer.username);
      await byTestId(page, 'password-input').fill(viewer.password);
      await byTestId(page, 'login-submit').click();
      await expectSignedIn(page);
      await page.locator('[data-testid="socket-status"][data-state="connected"]').waitFor();
      await page.screenshot({ path: resolve(screenshots, 'web-home.png') });
      await page.close();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'shows a wrong password as a form error',
    async () => {
      const page = await browser.newPage();
      await page.goto(`${server.baseUrl}/login`);
      await byTestId(page, 'login-input').fill(viewer.username);
      await byTestId(page, 'password-input').fill('not-the-password');
      await byTestId(page, 'login-submit').click();
      await byTestId(page, 'form-error').waitFor();
      expect(await byTestId(page, 'current-user').count()).toBe(0);
      await page.close();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'lets the admin sign in to /admin/ and find the new user',
    async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(`${server.baseUrl}/admin/`);
      await page.locator('input[name="username"]').fill(admin.email);
      await page.locator('input[name="password"]').fill(admin.password);
      await page.locator('button[type="submit"]').click();
      // signed in once react-admin leaves its login page; navigating earlier would cancel the sign-in
      await page.waitForURL((url) => !url.pathname.endsWith('/login'));
      await page.goto(`${server.baseUrl}/admin/users`);
      await page.getByText(viewer.username, { exact: true }).waitFor();
      await page.getByText(viewer.email, { exact: true }).waitFor();
      await page.screenshot({ path: resolve(screenshots, 'admin-users.png') });
      await page.close();
    },
    STEP_TIMEOUT_MS,
  );
});

async function expectSignedIn(page: Page) {
  await byTestId(page, 'current-user').waitFor();
  expect((await byTestId(page, 'current-user').textContent())?.trim()).toBe(viewer.displayName);
}
