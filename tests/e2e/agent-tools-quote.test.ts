// @vitest-environment node
// Quote and link in Chromium: a sentence's copied link opens highlighted in another locale, the English
// originals shown from `?original=1`, and the article and an outcome printed to PDF.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
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

const ARTICLE = '/articles/customer-communication-from-microsoft';
const SHOTS = 'tests/e2e/__screenshots__';

const browser = browserForThisFile();
const open = tabsForThisFile(browser);

describe('sentence links and English originals', () => {
  it('copies a zh-cn sentence link by keyboard; with zh-tw in its path it opens the zh-tw sentence highlighted', async () => {
    const page = await openPage(browser(), `/zh-cn${ARTICLE}`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    await waitForApp(page);
    // A sentence that is a link's whole text gets its control after the link, never inside it (a button
    // inside <a> is interactive content in interactive content).
    expect(await page.locator('a .sentence-link').count()).toBe(0);
    expect(await page.locator('a .sentence').count()).toBeGreaterThan(0);
    const sentence = page.locator('.sentence', { hasText: '可能会就有关服务事件' });
    const button = sentence.locator('xpath=following-sibling::button[1]');
    expect(await button.getAttribute('aria-label')).toBe('复制这句话的链接');
    await button.focus();
    await recordClipboardWrites(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.sentence-link-status').textContent()).toBe('已复制这句话的链接。');
    const link = (await lastClipboardWrite(page))?.plain;
    const anchor = await sentence.getAttribute('id');
    expect(link).toMatch(new RegExp(`^https?://[^/]+/zh-cn${ARTICLE}#${anchor}$`));
    await page.context().close();

    // The key is the same in every locale: the link with another locale opens that locale's sentence.
    const other = await open(`/zh-tw${ARTICLE}#${anchor}`);
    await waitForApp(other);
    const highlighted = other.locator('.sentence[data-highlighted]');
    await expect
      .poll(() => highlighted.textContent())
      .toBe('Microsoft 可能會直接與客戶交流有關服務事件或其他操作資訊。');
    // Scrolled to: the sentence is on screen.
    await expect
      .poll(() =>
        highlighted.evaluate((element) => {
          const box = element.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    await screenshot(other, 'agent-tools-sentence-link-zh-tw');
    expect(pageErrors(other)).toEqual([]);
  });

  it('puts the sentence link in the address bar, and says so, when the clipboard is refused', async () => {
    const page = await openPage(browser(), `/zh-tw${ARTICLE}`);
    await waitForApp(page);
    await page.evaluate(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', {
        value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      });
    });
    const sentence = page.locator('.sentence', { hasText: '可能會直接與客戶交流' });
    const anchor = await sentence.getAttribute('id');
    await sentence.locator('xpath=following-sibling::button[1]').click();
    await expect
      .poll(() => page.locator('.sentence-link-status').textContent())
      .toBe('瀏覽器不允許複製。連結已顯示在網址列中。');
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(`/zh-tw${ARTICLE}#${anchor}`);
    await page.context().close();
  });

  it('keeps the highlight after a locale switch', async () => {
    const page = await open(`/en-us${ARTICLE}`);
    await waitForApp(page);
    const anchor = await page.locator('.sentence', { hasText: 'service incidents' }).getAttribute('id');
    await page.goto(`${baseUrl()}/en-us${ARTICLE}#${anchor}`);
    await waitForApp(page);
    await page.getByRole('link', { name: '中文（中国）' }).click();
    await page.waitForURL(new RegExp(`/zh-cn${ARTICLE}#${anchor}$`));
    await expect
      .poll(() => page.locator('.sentence[data-highlighted]').textContent())
      .toBe('Microsoft 可能会就有关服务事件或其他操作信息与客户直接通讯。');
  });

  it('shows each English original beneath its sentence with ?original=1, toggled by the button and by o', async () => {
    const page = await open(`/zh-tw${ARTICLE}?original=1`, { viewport: { width: 320, height: 900 } });
    await waitForApp(page);
    const originals = page.locator('.sentence-original[lang="en-US"]');
    await expect.poll(() => originals.count()).toBeGreaterThan(3);
    expect(await originals.allTextContents()).toContain(
      'Microsoft may communicate directly with customers about service incidents or other operational information.',
    );
    const toggle = page.getByRole('button', { name: '顯示英文原文' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'agent-tools-original-zh-tw-320');
    await expectNoAxeViolations(page);
    await toggle.click();
    await expect.poll(() => originals.count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    await page.locator('h1').click();
    await page.keyboard.press('o');
    await expect.poll(() => new URL(page.url()).search).toBe('?original=1');
    await expect.poll(() => originals.count()).toBeGreaterThan(3);
  });
});

describe('print', () => {
  const OUTCOME_ZH_TW = '/zh-tw/who-contacts-my-customer?cloud=partner-center&topic=subscription';
  it.for([
    {
      name: 'article-zh-cn',
      path: `/zh-cn${ARTICLE}`,
      formats: ['A4', 'Letter'] as const,
      expected: ['客户与 Microsoft 成功通信的准则', '2020年7月10日'],
    },
    {
      name: 'outcome-zh-tw',
      path: OUTCOME_ZH_TW,
      formats: ['Letter', 'A4'] as const,
      expected: ['由您就訂閱和帳單事宜聯絡客戶', '所引用的文章版本未註明審閱日期。'],
      dark: true,
    },
    {
      name: 'outcome-en-us',
      path: '/en-us/who-contacts-my-customer?cloud=partner-center&topic=incident',
      formats: ['A4'] as const,
      expected: ['Answer based on the article last reviewed on July 10, 2020.'],
    },
  ])(
    'prints $name on $formats with its URL and review date, without the site chrome or cut quotes',
    async ({ name, path, formats, expected, dark = false }) => {
      const page = await openPage(browser(), path, dark ? { colorScheme: 'dark' } : {});
      await waitForApp(page);
      await page.emulateMedia({ media: 'print' });
      for (const chrome of ['.site-header', '.site-footer', '.sentence-tools', '.copy-reply', '.button'])
        for (const element of await page.locator(chrome).all()) expect(await element.isVisible()).toBe(false);
      // Black on white paper, also from a screen in dark mode.
      expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
      const printUrl = page.locator('.print-url');
      expect(await printUrl.isVisible()).toBe(true);
      expect(await printUrl.textContent()).toMatch(
        new RegExp(`^https?://[^/]+${path.replace(/[?]/g, '\\?')}$`),
      );
      const main = (await page.locator('main').innerText()).replace(/\s+/g, '');
      for (const text of expected) expect(main).toContain(text.replace(/\s+/g, ''));
      // A quotation (or an original beneath its sentence) is never split across two pages.
      const breaks = await page
        .locator('blockquote, .citation, .sentence-original')
        .evaluateAll((elements) => [
          ...new Set(elements.map((element) => getComputedStyle(element).breakInside)),
        ]);
      expect(breaks.every((value) => value === 'avoid')).toBe(true);
      // What the printed page looks like, at A4's CSS width, for a person to look at.
      await page.setViewportSize({ width: 794, height: 1123 });
      await screenshot(page, `print-${name}`);
      mkdirSync(SHOTS, { recursive: true });
      for (const format of formats) {
        const pdf = await page.pdf({ format, printBackground: true });
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        const file = `${SHOTS}/print-${name}-${format}.pdf`;
        writeFileSync(file, pdf);
        if (existsSync('/usr/bin/pdfinfo')) {
          // A4 is 595 × 842 pt, Letter 612 × 792 pt.
          const info = execFileSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' });
          expect(info).toMatch(
            format === 'A4'
              ? /Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/
              : /Page size:\s+612 x 792 pts \(letter\)/,
          );
        }
        if (existsSync('/usr/bin/pdftoppm'))
          execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', file, `${SHOTS}/print-${name}-${format}`]);
      }
      expect(pageErrors(page)).toEqual([]);
      await page.context().close();
    },
  );
});
