// @vitest-environment node
import { describe, expect, it } from 'vitest';
import appZhCn from '../../src/app/locales/zh-cn.json';
import appZhTw from '../../src/app/locales/zh-tw.json';
import wizardZhTw from '../../src/features/wizard/locales/zh-tw.json';
import {
  baseUrl,
  expectNoAxeViolations,
  openPage,
  screenshot,
  browserForThisFile,
  waitForApp,
} from './support/browser';

const ARTICLE = '/articles/customer-communication-from-microsoft';
const WIZARD = '/who-contacts-my-customer';
const browser = browserForThisFile();

describe('code that cannot be loaded', () => {
  it('is tried again once, and the page works when the second try succeeds', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    let failed = 0;
    await page.route('**/assets/WizardPage-*.js', (route) =>
      failed++ === 0 ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.goto(`${baseUrl()}/zh-tw${WIZARD}`);
    await waitForApp(page);
    await expect.poll(() => page.locator('h1').innerText()).toBe(wizardZhTw.question.cloud.title);
    expect(failed).toBe(2);
    await context.close();
  });

  it('is explained in the page’s language with a reload button, never a blank page', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.route('**/assets/WizardPage-*.js', (route) => route.abort('internetdisconnected'));
    await page.goto(`${baseUrl()}/zh-tw${WIZARD}?cloud=germany`);
    await waitForApp(page);
    await expect.poll(() => page.locator('h1').innerText()).toBe(appZhTw.loadError.title);
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await screenshot(page, 'load-error-zh-tw');
    await page.unroute('**/assets/WizardPage-*.js');
    await page.getByRole('button', { name: appZhTw.loadError.reload }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe(wizardZhTw.question.topic.title);
    // The answer in the URL survived it all.
    expect(new URL(page.url()).search).toBe('?cloud=germany');
    await context.close();
  });

  it('explains a navigation made offline in place, keeping the header and the new URL', async () => {
    const page = await openPage(browser(), `/zh-cn${ARTICLE}`);
    await waitForApp(page);
    await page.context().setOffline(true);
    await page.getByRole('link', { name: appZhCn.wizardTeaser.start }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe(appZhCn.loadError.title);
    expect(new URL(page.url()).pathname).toBe(`/zh-cn${WIZARD}`);
    expect(await page.locator('nav[aria-label] a[lang="zh-TW"]').count()).toBe(1);
    await page.context().close();
  });
});

describe('storage that refuses', () => {
  it('shows every page when localStorage and cookies throw', async () => {
    const context = await browser().newContext();
    await context.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { get: refuse });
      Object.defineProperty(window, 'sessionStorage', { get: refuse });
      Object.defineProperty(Document.prototype, 'cookie', { get: refuse, set: refuse });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    for (const path of ['/', '/zh-cn/', `/zh-tw${ARTICLE}`, `/en-us${WIZARD}?cloud=germany&topic=incident`]) {
      await page.goto(baseUrl() + path);
      await waitForApp(page);
      expect((await page.locator('h1').innerText()).length, path).toBeGreaterThan(0);
    }
    // Choosing a language still works, even though it cannot be remembered.
    await page.locator('nav[aria-label] a[lang="zh-CN"]').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/zh-cn/who-contacts-my-customer');
    expect(errors).toEqual([]);
    await context.close();
  });
});
