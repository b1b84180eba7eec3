// @vitest-environment node
// Copy reply on a wizard outcome, in Chromium: the clipboard's plain and HTML flavours read back, the
// customer language chosen next to the button, and the fallback when the clipboard is refused.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseUrl,
  expectNoAxeViolations,
  launchBrowser,
  openPage,
  pageErrors,
  screenshot,
  waitForApp,
} from './support/browser';

const OUTCOME = '/who-contacts-my-customer?cloud=partner-center&topic=incident';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('Copy reply', () => {
  it('places the zh-tw reply, chosen on a zh-cn page, on the clipboard as plain text and HTML', async () => {
    const page = await openPage(browser, `/zh-cn${OUTCOME}`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    await waitForApp(page);
    const preview = page.getByLabel('预览');
    await expect
      .poll(() => preview.inputValue())
      .toContain('Microsoft 可能会就有关服务事件或其他操作信息与客户直接通讯。');

    await page.getByLabel('客户的语言').selectOption('zh-tw');
    await page.getByLabel('附上英文原文').check();
    await expect
      .poll(() => preview.inputValue())
      .toContain('「Microsoft 可能會直接與客戶交流有關服務事件或其他操作資訊。」');
    expect(await preview.getAttribute('lang')).toBe('zh-TW');
    const shown = await preview.inputValue();
    expect(shown).toContain(
      '英文原文：「Microsoft may communicate directly with customers about service incidents',
    );
    await screenshot(page, 'agent-tools-reply-zh-cn-page-zh-tw-customer');

    await page.getByRole('button', { name: '复制回复' }).click();
    await expect
      .poll(() => page.locator('.copy-reply-status').textContent())
      .toBe('已复制回复，可粘贴到你的消息中。');
    const clipboard = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return null;
      const text = async (type: string) => (await item.getType(type)).text();
      return { types: item.types, plain: await text('text/plain'), html: await text('text/html') };
    });
    expect(clipboard?.plain).toBe(shown);
    // The link is absolute on the site's configured origin (VITE_SITE_ORIGIN), as canonical links are.
    expect(clipboard?.plain).toMatch(
      /在文章中檢視：https?:\/\/[^\s/]+\/zh-tw\/articles\/customer-communication-from-microsoft#s-[0-9a-f]{8}$/,
    );
    expect(clipboard?.html).toContain(
      '<blockquote lang="zh-TW"><p>Microsoft 可能會直接與客戶交流有關服務事件或其他操作資訊。</p>',
    );
    expect(clipboard?.html).toMatch(
      /<a href="https?:\/\/[^\s/"]+\/zh-tw\/articles\/customer-communication-from-microsoft#s-[0-9a-f]{8}">/,
    );
    await expectNoAxeViolations(page);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('selects the preview for a manual copy when the clipboard is refused, and says so', async () => {
    const page = await openPage(browser, `/en-us${OUTCOME}`);
    await waitForApp(page);
    // A browser that refuses clipboard writes (a denied permission, a policy, an insecure origin).
    await page.evaluate(() => {
      Object.defineProperty(navigator.clipboard, 'write', {
        value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      });
    });
    const preview = page.getByLabel('Preview');
    await expect.poll(() => preview.inputValue()).toContain('Microsoft may communicate directly');
    await page.keyboard.press('c');
    await expect
      .poll(() => page.locator('.copy-reply-status').textContent())
      .toMatch(/^The browser did not allow copying\. The reply is selected/);
    const selection = await preview.evaluate((element: HTMLTextAreaElement) => ({
      focused: document.activeElement === element,
      selected: element.value.slice(element.selectionStart, element.selectionEnd) === element.value,
    }));
    expect(selection).toEqual({ focused: true, selected: true });
    await page.context().close();
  });
});
