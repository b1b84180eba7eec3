// @vitest-environment node
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pathsToOutcomes, type OutcomeId } from '../../src/domain/decision/who-contacts';
import {
  baseUrl,
  browserForThisFile,
  pageErrors,
  screenshot,
  tabsForThisFile,
  waitForApp,
} from './support/browser';
import {
  WIZARD,
  en,
  expectedTitle,
  h1,
  optionLabel,
  outcomeTitle,
  zhCn,
  zhTw,
} from './support/wizard-strings';

/** The wizard's promises about answers and titles: Change, Back/Forward, new tabs, every title. */
const browser = browserForThisFile();
const open = tabsForThisFile(browser);

describe('answers survive Change, Back, Forward, a reload and a new tab', () => {
  const checked = (page: Page) =>
    page
      .locator('input[type="radio"]:checked')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

  it('keeps the later answers when an earlier one is changed (GOV.UK ADR 002)', async () => {
    const page = await open(`/en-us${WIZARD}?cloud=germany&topic=non-csp&relationship=yes`);
    await waitForApp(page);
    await page.getByRole('link', { name: 'Change Cloud' }).click();
    await expect.poll(() => h1(page)).toBe(en.question.cloud.title);
    expect(await checked(page)).toEqual(['germany']);
    await page.getByLabel('Partner Center', { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    // Topic and relationship are still valid: straight back to the outcome, with them kept.
    await expect.poll(() => h1(page)).toBe(en.outcome['microsoft-contacts-non-csp'].heading);
    expect(new URL(page.url()).search).toBe('?cloud=partner-center&topic=non-csp&relationship=yes');
    // Changing the topic to one that needs no relationship drops that answer, and only that one.
    await page.getByRole('link', { name: 'Change Message about' }).click();
    expect(await checked(page)).toEqual(['non-csp']);
    await page.getByLabel('Their CSP subscriptions or billing').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => h1(page)).toBe(en.outcome['partner-contacts'].heading);
    expect(new URL(page.url()).search).toBe('?cloud=partner-center&topic=subscription');
    expect(await page.getByRole('status').count()).toBe(0);
  });

  it('restores each question’s selection with the browser’s Back and Forward', async () => {
    const page = await open(`/zh-tw${WIZARD}`);
    await waitForApp(page);
    const answer = async (question: 'cloud' | 'topic' | 'relationship', option: string) => {
      await page.getByLabel(optionLabel('zh-tw', question, option), { exact: true }).check();
      await page.getByRole('button', { name: zhTw.continue }).click();
    };
    await answer('cloud', 'us-government');
    await expect.poll(() => h1(page)).toBe(zhTw.question.topic.title);
    await answer('topic', 'non-csp');
    await expect.poll(() => h1(page)).toBe(zhTw.question.relationship.title);
    await answer('relationship', 'no');
    await expect.poll(() => h1(page)).toBe(zhTw.outcome['partner-contacts-no-relationship'].heading);

    await page.goBack();
    await expect.poll(() => h1(page)).toBe(zhTw.question.relationship.title);
    expect(await checked(page)).toEqual(['no']);
    await page.goBack();
    await expect.poll(() => h1(page)).toBe(zhTw.question.topic.title);
    expect(await checked(page)).toEqual(['non-csp']);
    await page.goBack();
    await expect.poll(() => h1(page)).toBe(zhTw.question.cloud.title);
    expect(await checked(page)).toEqual(['us-government']);
    await expect.poll(() => page.title()).toBe(expectedTitle('zh-tw', { question: 'cloud', number: 1 }));

    await page.goForward();
    await expect.poll(() => h1(page)).toBe(zhTw.question.topic.title);
    expect(await checked(page)).toEqual(['non-csp']);
    await page.goForward();
    await page.goForward();
    await expect.poll(() => h1(page)).toBe(zhTw.outcome['partner-contacts-no-relationship'].heading);
    expect(pageErrors(page)).toEqual([]);
  });

  it('pre-selects the answer of a revisited step opened in a new tab, and after a reload', async () => {
    const page = await open(`/zh-cn${WIZARD}?cloud=germany&topic=incident`);
    await waitForApp(page);
    const href = (await page.locator('.answer-summary a').nth(1).getAttribute('href')) ?? '';
    expect(href).toBe(`/zh-cn${WIZARD}?cloud=germany&topic=incident&change=topic`);
    const tab = await page.context().newPage();
    await tab.goto(baseUrl() + href);
    await waitForApp(tab);
    await expect.poll(() => h1(tab)).toBe(zhCn.question.topic.title);
    expect(await checked(tab)).toEqual(['incident']);
    // The in-page Back link carries the earlier answer in its href as well.
    expect(await tab.getByRole('link', { name: zhCn.back }).getAttribute('href')).toBe(
      `/zh-cn${WIZARD}?cloud=germany&topic=incident&change=cloud`,
    );
    await tab.reload();
    await waitForApp(tab);
    expect(await checked(tab)).toEqual(['incident']);
    await expect.poll(() => tab.title()).toBe(expectedTitle('zh-cn', { question: 'topic', number: 2 }));
    await tab.close();
  });
});

describe('the title of every step and outcome, as prerendered, in every locale', () => {
  const steps = new Map<string, { question: string; number: number } | { outcome: OutcomeId }>();
  for (const path of pathsToOutcomes()) {
    for (let length = 0; length <= path.answers.length; length += 1) {
      const prefix = path.answers.slice(0, length);
      const query = prefix.map(({ question, option }) => `${question}=${option}`).join('&');
      const next = path.answers[length];
      steps.set(query, next ? { question: next.question, number: length + 1 } : { outcome: path.outcome.id });
    }
  }
  for (const locale of ['en-us', 'zh-cn', 'zh-tw'] as const) {
    it(`${locale}: ${steps.size} steps, each with its own title and no raw key`, async () => {
      for (const [query, step] of steps) {
        const html = await (await fetch(`${baseUrl()}/${locale}${WIZARD}${query ? `?${query}` : ''}`)).text();
        const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
        expect(title, query).toBe(expectedTitle(locale, step).replace(/&/g, '&amp;'));
      }
    });
  }
});

describe('an outcome page as readers see it', () => {
  for (const locale of ['en-us', 'zh-cn', 'zh-tw'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${locale}, 320 px wide, ${colorScheme}: nothing overflows`, async () => {
        const page = await open(`/${locale}${WIZARD}?cloud=germany&topic=other`, {
          viewport: { width: 320, height: 640 },
          colorScheme,
        });
        await waitForApp(page);
        await expect.poll(() => h1(page)).toBe(outcomeTitle(locale, 'general-partner'));
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
        await screenshot(page, `wizard-outcome-${locale}-320-${colorScheme}`);
      });
    }
  }
});
