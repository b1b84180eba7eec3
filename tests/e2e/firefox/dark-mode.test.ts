// @vitest-environment node
// Dark mode in Firefox ESR: a reader whose system is dark gets dark pages, light text, in every locale.
import { describe, expect, it } from 'vitest';
import { ARTICLE } from '../support/article-locales';
import { closePage, firefoxForThisFile, openPage, pageErrors, waitForApp } from '../support/firefox';
import { WIZARD } from '../support/wizard-strings';

const firefox = firefoxForThisFile({ colorScheme: 'dark' });

/** WCAG's relative luminance of a computed `rgb(…)` colour: 0 is black, 1 is white. */
function luminance(color: string): number {
  const channels = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
    const channel = Number(value) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  const [red = 0, green = 0, blue = 0] = channels;
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

describe('dark mode in Firefox', () => {
  for (const path of [`/en-us${ARTICLE}`, '/zh-cn/', `/zh-tw${WIZARD}`]) {
    it(`shows ${path} dark, with light text`, async () => {
      const page = await openPage(firefox(), path);
      await waitForApp(page);
      const colors = await page.evaluate(() => ({
        dark: matchMedia('(prefers-color-scheme: dark)').matches,
        background: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.querySelector('h1') ?? document.body).color,
      }));
      expect(colors.dark).toBe(true);
      expect(luminance(colors.background), `background ${colors.background}`).toBeLessThan(0.05);
      expect(luminance(colors.text), `heading ${colors.text}`).toBeGreaterThan(0.6);
      expect(pageErrors(page)).toEqual([]);
      await closePage(page);
    });
  }
});
