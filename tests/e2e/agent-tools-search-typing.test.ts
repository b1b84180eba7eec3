// @vitest-environment node
// Typing into the header's search field at an agent's speed while its search code is still on its way:
// every key lands, in order, the caret stays where it was put, and focus stays in the field.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTICLE_LOCALES } from './support/article-locales';
import {
  browserForThisFile,
  holdRequests,
  openPage,
  pageErrors,
  screenshot,
  waitForApp,
} from './support/browser';
import { APP } from './support/wizard-strings';

const browser = browserForThisFile();

/** The combobox's code: held, the plain field stays in place until it is let through. */
const SEARCH_CODE = /\/assets\/SearchBox-[^/]*\.js$/;

type LocaleId = (typeof ARTICLE_LOCALES)[number]['id'];
const sentenceOf = (locale: LocaleId) => ARTICLE_LOCALES.find(({ id }) => id === locale)?.sentence ?? '';

/** Types `text` with no pause between keys; Chinese as an input method commits it, one character at a time. */
async function typeFast(page: Page, text: string) {
  if (/^[\x20-\x7e]*$/.test(text)) return page.keyboard.type(text);
  for (const character of text) await page.keyboard.insertText(character);
}

/** The header's field as the page has it now: its value, caret, focus and role. */
const fieldState = (page: Page) =>
  page.evaluate(() => {
    const field = document.querySelector<HTMLInputElement>('form[role="search"] input[name="q"]');
    return {
      value: field?.value,
      caret: [field?.selectionStart, field?.selectionEnd],
      focused: field !== null && field === document.activeElement,
      role: field?.getAttribute('role') ?? 'searchbox',
    };
  });

/** Focuses the plain field with the search code held; returns the function that lets it through. */
async function focusWhileLoading(page: Page, locale: LocaleId) {
  await waitForApp(page);
  const release = await holdRequests(page, SEARCH_CODE);
  await page.getByRole('searchbox', { name: APP[locale].search.label }).focus();
  return release;
}

async function expectResultFor(page: Page, locale: LocaleId) {
  await expect
    .poll(() => page.getByRole('listbox').getByRole('option').allTextContents())
    .toContainEqual(expect.stringContaining(sentenceOf(locale)));
}

describe('typing into the header search field while it loads', () => {
  const cases = [
    { locale: 'en-us', query: 'service incidents' },
    { locale: 'zh-cn', query: '服务事件或其他操作信息' },
  ] as const;
  for (const { locale, query } of cases) {
    it(`in ${locale}, keeps every key of “${query}” typed at once after focusing, and lists its sentence`, async () => {
      const page = await openPage(browser(), `/${locale}/`);
      const release = await focusWhileLoading(page, locale);
      const characters = Array.from(query);
      const head = characters.slice(0, 2).join('');
      await typeFast(page, head);
      expect(await fieldState(page)).toMatchObject({ value: head, role: 'searchbox', focused: true });
      // The code arrives while the rest is typed.
      release();
      await typeFast(page, characters.slice(2).join(''));

      await expectResultFor(page, locale);
      const length = characters.length;
      expect(await fieldState(page)).toEqual({
        value: query,
        caret: [length, length],
        focused: true,
        role: 'combobox',
      });
      await screenshot(page, `agent-tools-search-typed-while-loading-${locale}`);
      expect(pageErrors(page)).toEqual([]);
      await page.context().close();
    });
  }

  it('in en-us, keeps the caret where the agent put it while the code arrived', async () => {
    const page = await openPage(browser(), '/en-us/');
    const release = await focusWhileLoading(page, 'en-us');
    await page.keyboard.type('incidents');
    await page.keyboard.press('Home');
    release();
    await page.keyboard.type('service ');
    await expectResultFor(page, 'en-us');
    expect(await fieldState(page)).toEqual({
      value: 'service incidents',
      caret: [8, 8],
      focused: true,
      role: 'combobox',
    });
    await page.context().close();
  });

  it('in zh-cn, keeps an input method composing through the code arriving, and its commit', async () => {
    const page = await openPage(browser(), '/zh-cn/');
    const release = await focusWhileLoading(page, 'zh-cn');
    // Pinyin being composed, as an input method does it (Chromium's DevTools protocol plays one).
    const ime = await page.context().newCDPSession(page);
    const compose = (text: string) =>
      ime.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    await compose('fu');
    release();
    await expect.poll(async () => (await fieldState(page)).role).toBe('combobox');
    await compose('fuwu');
    await ime.send('Input.insertText', { text: '服务' });
    await page.keyboard.insertText('事件');
    await expectResultFor(page, 'zh-cn');
    expect(await fieldState(page)).toEqual({
      value: '服务事件',
      caret: [4, 4],
      focused: true,
      role: 'combobox',
    });
    await page.context().close();
  });
});
