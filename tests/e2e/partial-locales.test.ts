// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, pageErrors, waitForApp } from './support/browser';

/**
 * Articles in some locales only. Builds the site from a copy of the content plus a
 * cs-cz-only article in a folder with capitals and a folder holding only a plain (span-less) translation.
 */
const WIZARD_OUTCOME = 'who-contacts-my-customer/__query/cloud=partner-center&topic=incident.html';
let workDir: string;
let outDir: string;
let browser: Browser;

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'help-center-partial-locales-'));
  const contentDir = path.join(workDir, 'articles');
  outDir = path.join(workDir, 'dist');
  cpSync('src/content/articles', contentDir, { recursive: true });
  mkdirSync(path.join(contentDir, 'Widget-Guidelines'));
  cpSync('tests/content/fixtures/valid/canonical.md', path.join(contentDir, 'Widget-Guidelines/cs-cz.md'));
  mkdirSync(path.join(contentDir, 'plain-widgets'));
  cpSync('tests/content/fixtures/valid/plain-translated.md', path.join(contentDir, 'plain-widgets/de-de.md'));
  execFileSync(process.execPath, ['scripts/build.mjs'], {
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir },
    stdio: 'pipe',
  });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const page = (file: string) => readFileSync(path.join(outDir, file), 'utf8');

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
        expect(existsSync(path.join(outDir, locale, file)), `${locale}/${file}`).toBe(true);
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
    const tab = await openPage(browser, '/zh-cn/articles/Customer-Communication-From-Microsoft#next-steps');
    await waitForApp(tab);
    await tab.waitForURL(/\/zh-cn\/articles\/customer-communication-from-microsoft#next-steps$/);
    await expect(tab.locator('h1').first().textContent()).resolves.toBeTruthy();
    expect(pageErrors(tab)).toEqual([]);
    await tab.context().close();
  });
});
