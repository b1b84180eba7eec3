// @vitest-environment node
// Printing ends with the content: no blank last page. Firefox lays the screen's `min-height: 100vh` out as
// a whole sheet when it prints, which added a page; here the print layout is checked to be as tall as its
// content, from a screen taller than the sheet, and Chromium's PDF to have only the pages that content fills.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserForThisFile, openPage, waitForApp } from './support/browser';

const ARTICLE = '/articles/customer-communication-from-microsoft';
const SHOTS = 'tests/e2e/__screenshots__';
/** A4 less the stylesheet's `@page` margins (18 mm × 15 mm), in CSS pixels. */
const MM = 96 / 25.4;
const SHEET = { width: Math.floor((210 - 30) * MM), height: (297 - 36) * MM };

const browser = browserForThisFile();

describe('print', () => {
  it.for(['en-us', 'zh-cn', 'zh-tw'])(
    'prints the %s article with no blank page after its content',
    async (locale) => {
      // The sheet's width, and a screen taller than the sheet: a layout that keeps 100vh grows past it.
      const page = await openPage(browser(), `/${locale}${ARTICLE}`, {
        viewport: { width: SHEET.width, height: Math.ceil(SHEET.height * 1.5) },
      });
      await waitForApp(page);
      await page.emulateMedia({ media: 'print' });
      const heights = await page.evaluate(() => {
        const root = document.getElementById('root');
        if (!root) throw new Error('No #root');
        // The body's own height: the document's scroll height is never less than the window's.
        const laidOut = document.body.getBoundingClientRect().height;
        // The content alone: the same page with no minimum height on the root (an inline style: the CSP
        // allows styles set through the DOM).
        root.style.minHeight = '0';
        const content = document.body.getBoundingClientRect().height;
        root.style.minHeight = '';
        return { laidOut, content };
      });
      expect(heights.laidOut).toBe(heights.content);

      const pdf = await page.pdf({ format: 'A4' });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
      expect(pages).toBe(Math.ceil(heights.content / SHEET.height));
      mkdirSync(SHOTS, { recursive: true });
      const file = `${SHOTS}/print-pages-${locale}.pdf`;
      writeFileSync(file, pdf);
      if (existsSync('/usr/bin/pdftotext')) {
        // Every page has text on it, the last one too.
        const text = execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' });
        const sheets = text.split('\f').slice(0, pages);
        expect(sheets.map((sheet) => sheet.trim().length > 0)).toEqual(sheets.map(() => true));
      }
      await page.context().close();
    },
  );
});
