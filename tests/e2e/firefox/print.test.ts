// @vitest-environment node
// Printing in Firefox ESR: the article prints, in every locale, on pages that all have something on them.
import { describe, expect, it } from 'vitest';
import { ARTICLE, ARTICLE_LOCALES } from '../support/article-locales';
import { closePage, firefoxForThisFile, openPage, pageErrors, waitForApp } from '../support/firefox';
import { pdfPageTexts } from '../support/pdf-text';

const firefox = firefoxForThisFile();

/** Text without its spacing: a PDF places words and lines where it likes, and Chinese has no spaces. */
const compact = (text: string) => text.replace(/\s+/g, '');

/**
 * Whether a page's text shows `expected`, spacing aside. Firefox's PDFs name many Chinese glyphs only
 * U+FFFD (or a Kangxi radical, which NFKC folds back): such a character stands for any one character.
 */
function shows(pageText: string, expected: string): boolean {
  const pattern = [...compact(expected.normalize('NFKC'))]
    .map((char) => `[${char.replace(/[\\\]^-]/g, '\\$&')}\uFFFD]`)
    .join('');
  return new RegExp(pattern, 'u').test(compact(pageText.normalize('NFKC')));
}

describe('printing the article in Firefox', () => {
  for (const locale of ARTICLE_LOCALES) {
    it(`prints ${locale.id} with its heading and text, and no blank page`, async () => {
      const page = await openPage(firefox(), `/${locale.id}${ARTICLE}`);
      await waitForApp(page);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pages = pdfPageTexts(Buffer.from(await page.pdf({ format: 'A4' })));

      expect(shows(pages[0] ?? '', locale.heading), `page 1 shows the heading: ${pages[0]}`).toBe(true);
      expect(shows(pages.join('\n'), locale.sentence), 'the article text is printed').toBe(true);
      // A page with no text on it is a blank sheet of paper (the site prints no images).
      const blank = pages.flatMap((text, index) => (text.trim() === '' ? [index + 1] : []));
      expect(blank, `the blank pages of the ${pages.length} printed`).toEqual([]);
      expect(pageErrors(page)).toEqual([]);
      await closePage(page);
    });
  }
});
