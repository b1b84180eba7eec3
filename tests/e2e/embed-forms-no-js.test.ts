// @vitest-environment node
// Embed mode without JavaScript (third-party frames sometimes run none): the applies-to filter's and the
// wizard's plain GET forms carry `embed=1`, so a submit stays in the frame's embed version. An embedded
// page in a theme is served the page without it (its pre-paint script sets the theme): without JavaScript
// it keeps the reader's system colours, and so do the pages its forms lead to.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, openPage, browserForThisFile } from './support/browser';

const browser = browserForThisFile();

const queryOf = (page: Page) => new URL(page.url()).search;

async function expectEmbedded(page: Page) {
  expect(await page.locator('.site-header').count()).toBe(0);
  expect(await page.locator('.embed-bar').count()).toBe(1);
  // `light dark`: the palette follows the reader's system, with no script to read the URL's theme.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(
    'light dark',
  );
}

describe('embed mode with JavaScript off', () => {
  it('keeps embed=1 when the applies-to filter form is submitted', async () => {
    const page = await openPage(browser(), '/en-us/?embed=1&theme=dark', { javaScriptEnabled: false });
    await page.getByLabel('Cloud', { exact: true }).selectOption('germany');
    await Promise.all([
      page.waitForURL(/cloud=germany/),
      page.getByRole('button', { name: 'Apply filter' }).click(),
    ]);
    expect(queryOf(page)).toBe('?cloud=germany&role=&embed=1');
    await expectEmbedded(page);
    // The server answered with the page prerendered for that filter: Germany is chosen.
    expect(await page.getByLabel('Cloud', { exact: true }).inputValue()).toBe('germany');
    await page.context().close();
  });

  it('keeps embed=1 through the wizard’s answer forms, in zh-cn', async () => {
    const page = await openPage(browser(), '/zh-cn/who-contacts-my-customer?embed=1&theme=light', {
      javaScriptEnabled: false,
    });
    const firstHeading = await page.locator('h1').innerText();
    await page.locator('input[name="cloud"][value="germany"]').check();
    await Promise.all([
      page.waitForURL(/cloud=germany/),
      page.locator('form.question-form button[type="submit"]').click(),
    ]);
    expect(queryOf(page)).toBe('?cloud=germany&embed=1');
    await expectEmbedded(page);
    expect(await page.locator('h1').innerText()).not.toBe(firstHeading);
    await page.locator('input[name="topic"][value="incident"]').check();
    await Promise.all([
      page.waitForURL(/topic=incident/),
      page.locator('form.question-form button[type="submit"]').click(),
    ]);
    expect(queryOf(page)).toBe('?cloud=germany&topic=incident&embed=1');
    await expectEmbedded(page);
    expect(await page.locator('[data-outcome]').count()).toBe(1);
    await page.context().close();
  });

  it('adds nothing to the forms outside embed mode', async () => {
    const page = await openPage(browser(), '/en-us/', { javaScriptEnabled: false });
    expect(await page.locator('form input[type="hidden"][name="embed"]').count()).toBe(0);
    await page.getByLabel('Cloud', { exact: true }).selectOption('germany');
    await Promise.all([
      page.waitForURL(/cloud=germany/),
      page.getByRole('button', { name: 'Apply filter' }).click(),
    ]);
    expect(page.url()).toBe(`${baseUrl()}/en-us/?cloud=germany&role=`);
    expect(await page.locator('.site-header').count()).toBe(1);
    await page.context().close();
  });
});
