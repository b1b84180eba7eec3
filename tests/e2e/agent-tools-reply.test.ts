// @vitest-environment node
// Copy reply on a wizard outcome, in Chromium: the clipboard's plain and HTML flavours as written, the
// customer language chosen next to the button, and the fallback when the clipboard is refused.
import type { BrowserContextOptions, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  baseUrl,
  expectNoAxeViolations,
  openPage,
  pageErrors,
  screenshot,
  browserForThisFile,
  tabsForThisFile,
  waitForApp,
} from './support/browser';
import { lastClipboardWrite, recordClipboardWrites } from './support/clipboard';

const OUTCOME = '/who-contacts-my-customer?cloud=partner-center&topic=incident';
/** Where the reply previews are saved to be looked at (beside the page screenshots). */
const SHOTS = 'tests/e2e/__screenshots__';

const browser = browserForThisFile();
const open = tabsForThisFile(browser);

/** Each watched tab's console errors and uncaught errors (React's hydration mismatches) since its last load. */
const consoleErrorsOf = new Map<Page, string[]>();
const openWatchedTab = tabsForThisFile(browser, {
  onNewTab: async (page) => {
    const consoleErrors: string[] = [];
    consoleErrorsOf.set(page, consoleErrors);
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  },
});

/** A page in a watched tab: its console errors are collected from the start of its load. */
async function openWatched(path: string, options: BrowserContextOptions) {
  for (const consoleErrors of consoleErrorsOf.values()) consoleErrors.length = 0;
  const page = await openWatchedTab(path, options);
  return { page, consoleErrors: consoleErrorsOf.get(page) ?? [] };
}

describe('Copy reply', () => {
  it('places the zh-tw reply, chosen on a zh-cn page, on the clipboard as plain text and HTML', async () => {
    const page = await openPage(browser(), `/zh-cn${OUTCOME}`);
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

    await recordClipboardWrites(page);
    await page.getByRole('button', { name: '复制回复' }).click();
    await expect
      .poll(() => page.locator('.copy-reply-status').textContent())
      .toBe('已复制回复，可粘贴到你的消息中。');
    const clipboard = await lastClipboardWrite(page);
    expect(clipboard?.types).toEqual(['text/plain', 'text/html']);
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
    const page = await openPage(browser(), `/en-us${OUTCOME}`);
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

  it.for(['en-us', 'zh-cn', 'zh-tw'])(
    'lays out the %s answer with Copy reply and its English original at 320 px in dark mode',
    async (locale) => {
      const { page, consoleErrors } = await openWatched(`/${locale}${OUTCOME}&original=1`, {
        viewport: { width: 320, height: 900 },
        colorScheme: 'dark',
      });
      await waitForApp(page);
      const preview = page.locator('.copy-reply-preview');
      await expect.poll(() => preview.inputValue()).toMatch(/https?:\/\/[^\s]+#s-[0-9a-f]{8}$/);
      const english = page.locator('.outcome-original[lang="en-US"]');
      // A shared `?original=1` link shows the answer's English wording on a translated page.
      // Its English strings arrive on their own, not necessarily before the reply is ready.
      await expect.poll(() => english.count()).toBe(locale === 'en-us' ? 0 : 1);
      if (locale !== 'en-us')
        expect(await english.textContent()).toContain('Microsoft may contact your customer directly');
      // Nothing sticks out of the narrow page.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await screenshot(page, `agent-tools-outcome-${locale}-320-dark`);
      await expectNoAxeViolations(page);
      expect(consoleErrors).toEqual([]);
    },
  );

  it('is reached and used by keyboard alone: Tab to the language, arrow to another, c copies', async () => {
    const page = await openPage(browser(), `/en-us${OUTCOME}`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    await waitForApp(page);
    const select = page.getByLabel("Customer's language");
    await expect
      .poll(() => page.locator('.copy-reply-preview').inputValue())
      .toContain('Read it in the article');
    // From the answer's heading, Tab alone reaches the language select.
    await page.locator('h1').focus();
    for (let presses = 0; presses < 30; presses += 1) {
      if (await select.evaluate((element) => element === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    expect(await select.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await select.inputValue()).toBe('zh-cn');
    // `c` in the select is typing (it picks an option by letter): nothing is copied.
    await page.keyboard.press('c');
    expect(await page.locator('.copy-reply-status').textContent()).toBe('');
    await page.locator('h1').focus();
    await expect.poll(() => page.locator('.copy-reply-preview').inputValue()).toContain('在文章中查看：');
    await recordClipboardWrites(page);
    await page.keyboard.press('c');
    await expect
      .poll(() => page.locator('.copy-reply-status').textContent())
      .toBe('Reply copied. Paste it into your message.');
    expect((await lastClipboardWrite(page))?.plain).toMatch(
      /^对于服务事件和其他运营信息，Microsoft 可能会直接与您联系。/,
    );
    await page.context().close();
  });
});

/** The reply to the customer on the incident outcome, its caveat for Germany, per language. */
const INCIDENT = {
  'en-us': {
    preview: 'Preview',
    answer:
      'Microsoft may contact you directly about service incidents and other operational information. For your CSP subscriptions, we remain your contact.',
    germany:
      "Please note: Microsoft's article does not say that it applies to Partner Center for Microsoft Cloud Germany, so we cannot confirm that this answer holds for that cloud. An older, undated version of the article, in Chinese (Taiwan), does name that cloud.",
  },
  'zh-cn': {
    preview: '预览',
    answer:
      '对于服务事件和其他运营信息，Microsoft 可能会直接与您联系。有关您的 CSP 订阅，仍由我们负责与您联系。',
    germany:
      '请注意：Microsoft 的文章并未说明它适用于“德国 Microsoft Cloud 合作伙伴中心”，因此我们无法确认此答复同样适用于该云。这篇文章较早的中文（台湾）版本确实列出了该云，但未注明日期。',
  },
  'zh-tw': {
    preview: '預覽',
    answer:
      '針對服務事件和其他營運資訊，Microsoft 可能會直接與您聯絡。至於您的 CSP 訂閱，仍由我們負責與您聯絡。',
    // The zh-tw version names Germany: its page confirms the cloud, and the reply has nothing to qualify.
    germany: null,
  },
} as const;

describe('Copy reply to the customer', () => {
  it.for(['en-us', 'zh-cn', 'zh-tw'] as const)(
    'in %s, speaks to the customer on the incident outcome and carries the Germany caveat the page shows',
    async (locale) => {
      const expected = INCIDENT[locale];
      const page = await open(`/${locale}${OUTCOME}`, {
        viewport: { width: 320, height: 900 },
      });
      await waitForApp(page);
      const preview = page.getByLabel(expected.preview);
      await expect.poll(() => preview.inputValue()).toMatch(/#s-[0-9a-f]{8}$/);
      // Partner Center: the answer, then straight to the article's sentence.
      expect((await preview.inputValue()).split('\n\n').slice(0, 2)).toEqual([
        expected.answer,
        expect.stringMatching(/^(From Microsoft's article:|Microsoft 文章原文：)\n/),
      ]);

      await page.goto(`${baseUrl()}/${locale}${OUTCOME.replace('partner-center', 'germany')}`);
      await waitForApp(page);
      await expect.poll(() => preview.inputValue()).toMatch(/#s-[0-9a-f]{8}$/);
      const warning = page.locator('.notice-warning');
      expect(await warning.count()).toBe(expected.germany === null ? 0 : 1);
      expect((await preview.inputValue()).split('\n\n').slice(0, 2)).toEqual(
        expected.germany === null
          ? [expected.answer, expect.stringMatching(/^Microsoft 文章原文：\n/)]
          : [expected.answer, expected.germany],
      );
      mkdirSync(SHOTS, { recursive: true });
      await page.locator('.copy-reply').screenshot({ path: `${SHOTS}/reply-germany-${locale}.png` });
      expect(pageErrors(page)).toEqual([]);
    },
  );

  it("gives the page's caveat in the customer's language, whichever version the reply quotes", async () => {
    const page = await open(`/en-us${OUTCOME.replace('partner-center', 'germany')}`);
    await waitForApp(page);
    const preview = page.getByLabel('Preview');
    await expect.poll(() => preview.inputValue()).toContain(INCIDENT['en-us'].germany);
    await page.getByLabel("Customer's language").selectOption('zh-cn');
    await expect.poll(() => preview.inputValue()).toContain(INCIDENT['zh-cn'].germany);
    expect(await preview.inputValue()).not.toContain('Please note');
    // The zh-tw version quoted does name Germany, but the en-us page the agent answered on does not: the
    // reply still qualifies the answer, and names the older zh-tw version that lists the cloud.
    await page.getByLabel("Customer's language").selectOption('zh-tw');
    await expect.poll(() => preview.inputValue()).toMatch(/^針對服務事件/);
    expect(await preview.inputValue()).toContain(
      '請注意：Microsoft 的文章並未說明它適用於「Microsoft Cloud 德國合作夥伴中心」，因此我們無法確認此回覆同樣適用於該雲端。這篇文章較早的中文（台灣）版本確實列出了該雲端，但未註明日期。',
    );
  });
});
