// @vitest-environment node
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserForThisFile, openPage, pageErrors, waitForApp } from './support/browser';
import { WIDGETS, sharedBuild } from './support/shared-build';
import { isBuilt, readBuilt } from '../../scripts/server/built-file.mjs';

/**
 * Articles in some locales only. Builds the site from a copy of the content plus a cs-cz-only article in a
 * folder with capitals and a folder holding only a plain (span-less) translation (the build
 * missing-versions.test.ts reads too).
 */
const WIZARD_OUTCOME = 'who-contacts-my-customer/__query/cloud=partner-center&topic=incident.html';
let outDir: string;
const browser = browserForThisFile();

beforeAll(async () => {
  ({ outDir } = await sharedBuild('widgets', WIDGETS));
}, 300_000);

const page = (file: string) => readBuilt(path.join(outDir, file), 'utf8');

describe('articles that exist in some locales only', () => {
  it('builds a folder with capitals under its lowercase slug, and lists the redirect for servers', () => {
    expect(page('cs-cz/articles/widget-guidelines/index.html')).toContain('小部件使用准则');
    expect(JSON.parse(page('slug-redirects.json'))).toEqual({ 'Widget-Guidelines': 'widget-guidelines' });
  });

  it('builds a plain translation in its own locale; en-us says it has no version', () => {
    const german = page('de-de/articles/plain-widgets/index.html');
    expect(german).toContain('<html lang="de-DE">');
    expect(german).toContain('Grundlagen der Widgets');
    // The en-us URL is the page naming the versions that exist (tests/e2e/missing-versions).
    const english = page('en-us/articles/plain-widgets/index.html');
    expect(english).toContain('This article is not available in American English');
    expect(english).not.toContain('<article');
  });

  it('gives every locale any article has a home, wizard and not-found page', () => {
    for (const locale of ['cs-cz', 'de-de']) {
      for (const file of ['index.html', '404.html', 'who-contacts-my-customer/index.html', WIZARD_OUTCOME]) {
        expect(isBuilt(path.join(outDir, locale, file)), `${locale}/${file}`).toBe(true);
      }
    }
  });

  it('has the wizard quote its article in English, and say so, where the article has no version', () => {
    const outcome = page(`cs-cz/${WIZARD_OUTCOME}`);
    expect(outcome).toContain('This article has no version in this language.');
    // The cloud caveat reads the same fallback version: it lists the cloud answered.
    expect(outcome).toContain('This article says it applies to Partner Center.');
    expect(outcome).toMatch(/<span lang="en-US">English \(United States\)<\/span>/);
    expect(outcome).toMatch(/<blockquote lang="en-US"><p>[^<]+<\/p><\/blockquote>/);
    expect(outcome).toContain('href="/en-us/articles/customer-communication-from-microsoft#s-');
  });
});

describe('an article URL in other case (served by the e2e server from dist/)', () => {
  it('redirects to the lowercase slug, keeping the hash', async () => {
    const tab = await openPage(browser(), '/zh-cn/articles/Customer-Communication-From-Microsoft#next-steps');
    await waitForApp(tab);
    await tab.waitForURL(/\/zh-cn\/articles\/customer-communication-from-microsoft#next-steps$/);
    await expect(tab.locator('h1').first().textContent()).resolves.toBeTruthy();
    expect(pageErrors(tab)).toEqual([]);
    await tab.context().close();
  });
});
