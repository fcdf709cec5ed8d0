import { Browser, BrowserContext, chromium, Locator, Page } from 'playwright-core';
import type { ServerProcess } from '../../support/server-process';

/** Where the web app keeps the access token (apps/web core/session/session.store.ts). */
const TOKEN_KEY = 'clipstream.accessToken';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export const byTestId = (page: Page, id: string): Locator => page.locator(`[data-testid="${id}"]`);

/**
 * A browser context signed in as the owner of `token`: the token is in localStorage before the app starts,
 * as the web app leaves it after signing in (the sign-in form itself is covered by the smoke test).
 */
export async function signedInContext(
  browser: Browser,
  token: string,
  viewport = { width: 1280, height: 720 },
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [TOKEN_KEY, token]);
  return context;
}

/** For `.catch()` on a long wait: a page that never gets there is often explained by the server's log. */
export function failWithOutputOf(server: ServerProcess): (error: Error) => never {
  return (error) => {
    throw new Error(`${error.message}\n--- server and worker ---\n${server.output()}`);
  };
}
