// @vitest-environment node
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  baseUrl,
  expectNoAxeViolations,
  holdRequests,
  pageErrors,
  screenshot,
  browserForThisFile,
  tabsForThisFile,
  waitForApp,
} from './support/browser';

const ARTICLE = '/articles/customer-communication-from-microsoft';

const browser = browserForThisFile();
const open = tabsForThisFile(browser);

/** Marks the document, so a later check can tell an in-place URL change from a full page load. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
}
const isSameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);

const search = (page: Page) => new URL(page.url()).search;
const pathname = (page: Page) => new URL(page.url()).pathname;
const text = (page: Page, selector: string) => page.locator(selector).innerText();

/** Console errors (a hydration mismatch would show up here, not as a page error). */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

describe('the applies-to filter', () => {
  it('keeps US Government chosen in zh-tw when switching to en-us, where the article applies to it', async () => {
    const page = await open('/zh-tw/');
    await waitForApp(page);
    await markDocument(page);
    await page
      .getByLabel('雲端', { exact: true })
      .selectOption({ label: '美國政府適用的 Microsoft Cloud 合作夥伴中心' });
    await expect.poll(() => search(page)).toBe('?cloud=us-government');
    expect(await isSameDocument(page)).toBe(true);
    await expect
      .poll(() => text(page, '.article-list'))
      .toContain('適用於您的雲端：美國政府適用的 Microsoft Cloud 合作夥伴中心');
    await expectNoAxeViolations(page);
    await screenshot(page, 'applies-to-home-zh-tw');

    await page
      .getByRole('navigation', { name: '語言' })
      .getByRole('link', { name: 'English (United States)' })
      .click();
    await expect.poll(() => pathname(page)).toBe('/en-us/');
    expect(search(page)).toBe('?cloud=us-government');
    expect(await isSameDocument(page)).toBe(true);
    expect(await page.getByLabel('Cloud', { exact: true }).inputValue()).toBe('us-government');
    await expect
      .poll(() => text(page, '.article-list'))
      .toContain('Applies to your cloud: Partner Center for Microsoft Cloud for US Government');
    await screenshot(page, 'applies-to-home-en-us');

    await page
      .getByRole('link', { name: 'Guidelines for successful customer communication with Microsoft' })
      .click();
    await expect.poll(() => pathname(page)).toBe(`/en-us${ARTICLE}`);
    expect(search(page)).toBe('?cloud=us-government');
    await expect
      .poll(() => text(page, '.applies-to-notices'))
      .toContain('Applies to your cloud: Partner Center for Microsoft Cloud for US Government');
    await expectNoAxeViolations(page);
    await screenshot(page, 'applies-to-article-en-us');
    expect(pageErrors(page)).toEqual([]);
  });

  it('tells an en-us reader that this version does not list Germany and links to the zh-tw version that does', async () => {
    const page = await open('/en-us/');
    await waitForApp(page);
    await page
      .getByLabel('Cloud', { exact: true })
      .selectOption({ label: 'Partner Center for Microsoft Cloud Germany' });
    await expect.poll(() => search(page)).toBe('?cloud=germany');
    await expect
      .poll(() => text(page, '.card'))
      .toContain(
        'Does not list Partner Center for Microsoft Cloud Germany. The 中文（台灣） version lists it.',
      );
    await screenshot(page, 'applies-to-home-germany-en-us');

    await page
      .getByRole('link', { name: 'Guidelines for successful customer communication with Microsoft' })
      .click();
    const notices = page.locator('.applies-to-notices');
    await expect
      .poll(() => notices.innerText())
      .toContain(
        'This version of the article does not list Partner Center for Microsoft Cloud Germany. The 中文（台灣） version lists it.',
      );
    expect(await notices.innerText()).not.toContain('Applies to your cloud');
    await expectNoAxeViolations(page);
    await screenshot(page, 'applies-to-article-germany-en-us');

    await notices.getByRole('link', { name: '中文（台灣）' }).click();
    await expect.poll(() => pathname(page)).toBe(`/zh-tw${ARTICLE}`);
    expect(search(page)).toBe('?cloud=germany');
    await expect
      .poll(() => notices.innerText())
      .toContain('適用於您的雲端：Microsoft Cloud 德國合作夥伴中心');
    const versionNotice = page.locator('.version-notice');
    expect(await versionNotice.innerText()).toContain('此翻譯是根據本文較早的版本。');
    expect(await versionNotice.getByRole('link', { name: '閱讀目前的英文版本' }).getAttribute('href')).toBe(
      `/en-us${ARTICLE}?cloud=germany`,
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'applies-to-article-germany-zh-tw');
  });

  it('shows zh-cn readers Germany and the role in Simplified Chinese, honestly', async () => {
    const page = await open(`/zh-cn${ARTICLE}?cloud=germany&role=helpdesk-agent`);
    await waitForApp(page);
    const notices = page.locator('.applies-to-notices');
    await expect
      .poll(() => notices.innerText())
      .toContain('此版本的文章未列出“德国 Microsoft Cloud 合作伙伴中心”。中文（台灣）版本列出了此项。');
    expect(await notices.innerText()).toContain('适合你的角色：支持人员代理');
    expect(await notices.locator('.applies-to-match').getAttribute('lang')).toBeNull();
    expect(await notices.locator('.applies-to-notice').getAttribute('lang')).toBe('zh-CN');
    await expectNoAxeViolations(page);
    await screenshot(page, 'applies-to-article-zh-cn');

    await page.goto(`${baseUrl()}/zh-cn/?cloud=germany&role=helpdesk-agent`);
    await waitForApp(page);
    await expect.poll(() => page.getByLabel('云', { exact: true }).inputValue()).toBe('germany');
    expect(await page.getByLabel('角色', { exact: true }).inputValue()).toBe('helpdesk-agent');
    expect(await text(page, '.card')).toContain('未列出“德国 Microsoft Cloud 合作伙伴中心”。');
    await expectNoAxeViolations(page);
    await screenshot(page, 'applies-to-home-zh-cn');
  });

  it('shows a bogus cloud in the URL as text in a notice, ignores it and keeps the valid role', async () => {
    const page = await open('/en-us/?cloud=<script>window.pwned=1</script>&role=helpdesk-agent');
    await waitForApp(page);
    const notice = page.getByRole('status', {
      name: 'Part of the link you followed cannot be used, so it is ignored:',
    });
    await expect.poll(() => notice.innerText()).toContain('the cloud “<script>window.pwned=1</script>”');
    expect(await notice.innerText()).toContain('Everything else in the link still applies.');
    expect(await page.locator('main script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.getByLabel('Cloud', { exact: true }).inputValue()).toBe('');
    expect(await page.getByLabel('Role', { exact: true }).inputValue()).toBe('helpdesk-agent');
    expect(await text(page, '.card')).toContain('Appropriate for your role: Helpdesk agent');
    await expectNoAxeViolations(page);
    await screenshot(page, 'applies-to-bogus-cloud-en-us');
  });

  it('reads a merged spelling of a role in a link as that role, without a notice, and offers it once', async () => {
    const page = await open('/zh-cn/?role=Help-Agent');
    const errors = consoleErrors(page);
    await waitForApp(page);
    const role = page.getByLabel('角色', { exact: true });
    await expect.poll(() => role.inputValue()).toBe('helpdesk-agent');
    expect(await role.locator('option').allInnerTexts()).toEqual(['任意角色', '支持人员代理']);
    expect(await text(page, '.card')).toContain('适合你的角色：支持人员代理');
    expect(await page.getByText('你打开的链接中有部分内容无法使用').count()).toBe(0);
    // A choice writes the value's own id.
    await page.getByLabel('云', { exact: true }).selectOption({ label: '合作伙伴中心' });
    await expect.poll(() => search(page)).toBe('?cloud=partner-center&role=helpdesk-agent');
    expect(errors).toEqual([]);
    await screenshot(page, 'applies-to-alias-zh-cn');
  });

  it('keeps a long bogus value within a 320 px wide screen', async () => {
    const page = await open(`/zh-tw/?cloud=${'x'.repeat(500)}&role=helpdesk-agent`, {
      viewport: { width: 320, height: 640 },
    });
    await waitForApp(page);
    await expect.poll(() => page.locator('.url-input-notice').innerText()).toContain(`${'x'.repeat(40)}…`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await screenshot(page, 'applies-to-home-zh-tw-320px');
  });

  it('keeps the filter on reload, rendering it without errors', async () => {
    const page = await open('/zh-tw/');
    const errors = consoleErrors(page);
    await waitForApp(page);
    await page.getByLabel('雲端', { exact: true }).selectOption('germany');
    await page.getByLabel('角色', { exact: true }).selectOption('helpdesk-agent');
    await expect.poll(() => search(page)).toBe('?cloud=germany&role=helpdesk-agent');
    await page.reload();
    await waitForApp(page);
    expect(search(page)).toBe('?cloud=germany&role=helpdesk-agent');
    await expect.poll(() => page.getByLabel('雲端', { exact: true }).inputValue()).toBe('germany');
    expect(await page.getByLabel('角色', { exact: true }).inputValue()).toBe('helpdesk-agent');
    expect(await text(page, '.card')).toContain('適用於您的雲端：Microsoft Cloud 德國合作夥伴中心');
    expect(await text(page, '.card')).toContain('未列出角色「技術支援專員」：此版本未註明適當的角色。');
    expect(errors).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it('can be used with the keyboard alone, with the focus visible', async () => {
    const page = await open('/en-us/');
    await waitForApp(page);
    const activeId = () => page.evaluate(() => document.activeElement?.id ?? '');
    for (let step = 0; step < 20 && (await activeId()) !== 'applies-to-cloud'; step += 1) {
      await page.keyboard.press('Tab');
    }
    expect(await activeId()).toBe('applies-to-cloud');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe(
      'solid',
    );
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => search(page)).toBe('?cloud=partner-center');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => search(page)).toBe('?cloud=us-government');
    await page.keyboard.press('Tab');
    await expect.poll(activeId).toBe('applies-to-role');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => search(page)).toBe('?cloud=us-government&role=helpdesk-agent');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Apply filter');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Clear filter');
    await screenshot(page, 'applies-to-keyboard-focus-en-us');
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page)).toBe('');
    await expect.poll(activeId).toBe('applies-to-cloud');
  });

  it('keeps every change of quick keystrokes', async () => {
    const page = await open('/en-us/');
    await waitForApp(page);
    const chosen = () =>
      page.evaluate(() =>
        ['#applies-to-cloud', '#applies-to-role']
          .map((selector) => document.querySelector<HTMLSelectElement>(selector)?.value)
          .join(' '),
      );
    // The race is one of timing, so run it several times. No waiting between keys: each arrives while
    // the URL change before it may still be rendering.
    for (let round = 0; round < 8; round += 1) {
      await page.locator('#applies-to-cloud').focus();
      for (const key of ['ArrowDown', 'ArrowDown', 'Tab', 'ArrowDown', 'Shift+Tab', 'ArrowDown']) {
        await page.keyboard.press(key);
      }
      await expect.poll(() => search(page)).toBe('?cloud=germany&role=helpdesk-agent');
      await expect.poll(chosen).toBe('germany helpdesk-agent');
      for (const key of ['Home', 'Tab', 'Home']) await page.keyboard.press(key);
      await expect.poll(() => search(page)).toBe('');
      await expect.poll(chosen).toBe(' ');
    }
  });

  it('keeps a choice made before the page’s script has run, and applies it', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const releaseScripts = await holdRequests(page, '**/assets/*.js');
    await page.goto(`${baseUrl()}/zh-tw/`, { waitUntil: 'commit' });
    await page.getByLabel('雲端', { exact: true }).selectOption('germany');
    releaseScripts();
    await waitForApp(page);
    await expect.poll(() => search(page)).toBe('?cloud=germany');
    expect(await page.getByLabel('雲端', { exact: true }).inputValue()).toBe('germany');
    await expect
      .poll(() => text(page, '.article-list'))
      .toContain('適用於您的雲端：Microsoft Cloud 德國合作夥伴中心');
    await context.close();
  });

  it('submits as a plain GET form when JavaScript is off', async () => {
    const page = await open('/en-us/', { javaScriptEnabled: false });
    await page.getByLabel('Cloud', { exact: true }).selectOption('germany');
    await page.getByLabel('Role', { exact: true }).selectOption('helpdesk-agent');
    await page.getByRole('button', { name: 'Apply filter' }).click();
    await expect.poll(() => search(page)).toBe('?cloud=germany&role=helpdesk-agent');
    expect(pathname(page)).toBe('/en-us/');
    // The server answers with the page prerendered for that filter: the honest marker, without JavaScript.
    expect(await text(page, '.card')).toContain('Does not list Partner Center for Microsoft Cloud Germany');
    // "Any role" submits an empty value; the server still finds the prerendered page for the cloud alone.
    await page.getByLabel('Role', { exact: true }).selectOption('');
    await page.getByRole('button', { name: 'Apply filter' }).click();
    await expect.poll(() => search(page)).toBe('?cloud=germany&role=');
    expect(await page.getByLabel('Cloud', { exact: true }).inputValue()).toBe('germany');
    expect(await text(page, '.card')).toContain('Does not list Partner Center for Microsoft Cloud Germany');
  });

  it('stays accessible in a dark colour scheme', async () => {
    const page = await open('/zh-tw/?cloud=germany&role=helpdesk-agent', {
      colorScheme: 'dark',
    });
    await waitForApp(page);
    await expect.poll(() => text(page, '.card')).toContain('適用於您的雲端');
    await expectNoAxeViolations(page);
    await screenshot(page, 'applies-to-home-zh-tw-dark');
  });

  it('loads the notices’ code only for article URLs that name a filter', async () => {
    const scriptsLoaded = (page: Page) =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname)
          .filter((path) => path.endsWith('.js')),
      );
    const plain = await open(`/en-us${ARTICLE}`);
    await waitForApp(plain);
    expect(await scriptsLoaded(plain)).not.toContainEqual(expect.stringContaining('AppliesToNotices'));

    const filtered = await open(`/en-us${ARTICLE}?cloud=germany`);
    const errors = consoleErrors(filtered);
    await waitForApp(filtered);
    expect(await scriptsLoaded(filtered)).toContainEqual(expect.stringContaining('AppliesToNotices'));
    expect(await text(filtered, '.applies-to-notices')).toContain(
      'This version of the article does not list Partner Center for Microsoft Cloud Germany.',
    );
    expect(errors).toEqual([]);
  });
});
