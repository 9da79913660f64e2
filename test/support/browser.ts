/**
 * A real browser for the console's specs: playwright-core driving the system's Chromium (Debian's
 * `chromium` package; .ci/run installs it with a CJK font), each launch with a fresh profile.
 * CHROMIUM_PATH overrides where it is.
 */
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Generous: the machine running the suite may be busy with other suites' embedded PostgreSQL. */
export const UI_TIMEOUT_MS = 30_000;

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `no Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium fonts-wqy-microhei (or set CHROMIUM_PATH)`,
    );
  // launch() gives every browser a fresh temporary profile, removed on close.
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newPage(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(UI_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(UI_TIMEOUT_MS);
  const page = await context.newPage();
  return { context, page };
}

/** Signs in on the console's sign-in page as the demo user with this name (as listed by GET /api/demo/users). */
export async function signInAs(page: Page, displayName: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: `登录 ${displayName}` }).click();
  await page.getByTestId('signed-in-as').filter({ hasText: displayName }).waitFor();
}

/** axe-core's WCAG 2 A and AA violations on the page as it is now, one line each. */
export async function axeViolations(page: Page, name: string): Promise<string[]> {
  // evaluate runs outside the page's Content-Security-Policy, which (rightly) refuses injected scripts.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(() =>
    (
      globalThis as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
    }),
  );
  return result.violations.map((v) => `${name}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
}
