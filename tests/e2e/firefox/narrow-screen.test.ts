// @vitest-environment node
// A 320 px phone in Firefox ESR: every kind of page fits its width in every locale, nothing scrolls sideways.
import { describe, expect, it } from 'vitest';
import { ARTICLE, ARTICLE_LOCALES } from '../support/article-locales';
import { closePage, firefoxForThisFile, newPage, siteUrl, waitForApp } from '../support/firefox';
import { WIZARD } from '../support/wizard-strings';

const firefox = firefoxForThisFile({ overlayScrollbars: true });

const PAGES = [
  '/',
  ARTICLE,
  WIZARD,
  `${WIZARD}?cloud=us-government&topic=non-csp&relationship=not-sure`,
  '/search?q=Microsoft',
];

describe('a 320 px screen in Firefox', () => {
  for (const { id } of ARTICLE_LOCALES) {
    it(`fits every page of ${id}`, async () => {
      const page = await newPage(firefox(), { width: 320, height: 640 });
      for (const path of PAGES) {
        await page.goto(siteUrl(`/${id}${path}`));
        await waitForApp(page);
        const widths = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          screen: document.documentElement.clientWidth,
        }));
        expect(widths.page, `the width of /${id}${path} on a ${widths.screen} px screen`).toBeLessThanOrEqual(
          widths.screen,
        );
      }
      await closePage(page);
    });
  }
});
