import type { Browser, BrowserContext, Page } from 'playwright-core';

export { chromiumPath, launchChromium } from '../../helpers/chromium';

export interface GuardedPage {
  context: BrowserContext;
  page: Page;
  /** Every request the page tried to send anywhere but 127.0.0.1. */
  offHostRequests: string[];
  /** Console errors and uncaught page errors. */
  pageErrors: string[];
}

/**
 * A fresh context whose requests to any host but 127.0.0.1 are refused and
 * recorded: Rehearse must never talk to the network. Tests assert the list is empty.
 */
export async function openGuardedPage(browser: Browser): Promise<GuardedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  // Every wait in a test ends when its element or event arrives; Playwright's 30 s default deadline could
  // still bite on a loaded two-core machine, so the backstop is longer (the test's own timeout ends a hang).
  context.setDefaultTimeout(180_000);
  const offHostRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:';
    if (local) return route.continue();
    offHostRequests.push(url.href);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  return { context, page, offHostRequests, pageErrors };
}
