// @vitest-environment node
// The wizard in Firefox ESR: clicked through to an outcome in each locale, and started again.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { pathsToOutcomes } from '../../../src/domain/decision/who-contacts';
import { sentenceAnchorId } from '../../../src/domain/sentence-key';
import { closePage, firefoxForThisFile, openPage, pageErrors, textOf, waitForApp } from '../support/firefox';
import {
  STRINGS,
  WIZARD,
  expectedTitle,
  optionLabel,
  outcomeTitle,
  type Locale,
} from '../support/wizard-strings';

const firefox = firefoxForThisFile();

/** A reader's answers, each locale a different path; the outcome they lead to is the decision graph's. */
const WALKS: { locale: Locale; answers: string }[] = [
  { locale: 'en-us', answers: 'cloud=partner-center&topic=non-csp&relationship=yes' },
  { locale: 'zh-cn', answers: 'cloud=germany&topic=subscription' },
  { locale: 'zh-tw', answers: 'cloud=us-government&topic=non-csp&relationship=not-sure' },
];

function pathOf(answers: string) {
  const path = pathsToOutcomes().find(
    (candidate) =>
      candidate.answers.map(({ question, option }) => `${question}=${option}`).join('&') === answers,
  );
  if (!path) throw new Error(`No path of the decision graph answers ${answers}`);
  return path;
}

const waitForTitle = (page: Page, title: string) =>
  page.waitForFunction((wanted) => document.title === wanted, {}, title);

/** Chooses an option the way a reader does, by its visible label, and goes on. */
async function answer(page: Page, locale: Locale, question: string, option: string) {
  await page.locator(`::-p-aria(${optionLabel(locale, question, option)}[role="radio"])`).click();
  await page.locator(`::-p-aria(${STRINGS[locale].continue}[role="button"])`).click();
}

describe('the wizard in Firefox', () => {
  for (const walk of WALKS) {
    const path = pathOf(walk.answers);
    it(`${walk.locale}: ${walk.answers} → ${path.outcome.id}, then Start again`, async () => {
      const { locale } = walk;
      const page = await openPage(firefox(), `/${locale}${WIZARD}`);
      await waitForApp(page);
      for (const [index, { question, option }] of path.answers.entries()) {
        await waitForTitle(page, expectedTitle(locale, { question, number: index + 1 }));
        await answer(page, locale, question, option);
      }
      await waitForTitle(page, expectedTitle(locale, { outcome: path.outcome.id }));
      expect(await textOf(page, 'h1')).toBe(outcomeTitle(locale, path.outcome.id));
      expect(new URL(page.url()).search).toBe(`?${walk.answers}`);
      // Each cited sentence is on screen, linked to its place in the article.
      for (const key of path.outcome.cites) {
        const link = await page.$(`main a[href$="#${sentenceAnchorId(key)}"]`);
        expect(await link?.isVisible(), `a link to "${key}"`).toBe(true);
      }

      await page.locator(`::-p-aria(${STRINGS[locale].startAgain}[role="link"])`).click();
      await waitForTitle(page, expectedTitle(locale, { question: 'cloud', number: 1 }));
      expect(await textOf(page, 'h1')).toBe(STRINGS[locale].question.cloud.title);
      expect(new URL(page.url()).search).toBe('');
      expect(pageErrors(page)).toEqual([]);
      await closePage(page);
    });
  }
});
