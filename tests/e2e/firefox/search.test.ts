// @vitest-environment node
// The header's sentence search in Firefox ESR: typed into, results listed, a result opened highlighted.
import { describe, expect, it } from 'vitest';
import { ARTICLE, ARTICLE_LOCALES } from '../support/article-locales';
import { closePage, firefoxForThisFile, openPage, pageErrors, textOf, waitForApp } from '../support/firefox';
import { APP } from '../support/wizard-strings';

const firefox = firefoxForThisFile();

/** A query in each locale's words for that locale's sentence about service incidents. */
const QUERIES = { 'en-us': 'service incidents', 'zh-cn': '服务事件', 'zh-tw': '服務事件' } as const;

describe('sentence search in Firefox', () => {
  for (const locale of ARTICLE_LOCALES) {
    it(`in ${locale.id}, “${QUERIES[locale.id]}” lists its sentence, and Enter opens it highlighted`, async () => {
      const page = await openPage(firefox(), `/${locale.id}/`);
      await waitForApp(page);
      // Typed at once, as an agent does: the search's code arrives while the keys do, and none is lost.
      await page.locator(`::-p-aria(${APP[locale.id].search.label}[role="searchbox"])`).click();
      await page.keyboard.type(QUERIES[locale.id]);
      await page.waitForFunction(
        (sentence) =>
          [...document.querySelectorAll('[role="listbox"] [role="option"]')].some((option) =>
            (option as HTMLElement).innerText.includes(sentence),
          ),
        {},
        locale.sentence,
      );
      const field = await page.$('[role="combobox"]');
      expect(await field?.evaluate((input) => (input as HTMLInputElement).value)).toBe(QUERIES[locale.id]);
      expect(await field?.evaluate((input) => input === document.activeElement)).toBe(true);
      const length = QUERIES[locale.id].length;
      expect(
        await field?.evaluate((input) => [
          (input as HTMLInputElement).selectionStart,
          (input as HTMLInputElement).selectionEnd,
        ]),
      ).toEqual([length, length]);

      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (path) => location.pathname === path && /^#s-[0-9a-f]{8}$/.test(location.hash),
        {},
        `/${locale.id}${ARTICLE}`,
      );
      await page.waitForSelector('.sentence[data-highlighted]');
      expect(await textOf(page, '.sentence[data-highlighted]')).toContain(locale.sentence);
      expect(pageErrors(page)).toEqual([]);
      await closePage(page);
    });
  }
});
