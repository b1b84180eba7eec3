// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { OUTCOME_IDS, OUTCOMES, pathsToOutcomes } from '../../src/domain/decision/who-contacts';
import { sentenceAnchorId } from '../../src/domain/sentence-key';
import appZhCn from '../../src/app/locales/zh-cn.json';
import {
  baseUrl,
  expectNoAxeViolations,
  holdRequests,
  openPage,
  pageErrors,
  screenshot,
  browserForThisFile,
  tabsForThisFile,
  waitForApp,
} from './support/browser';
import {
  STRINGS,
  WIZARD,
  expectedTitle,
  h1,
  optionLabel,
  outcomeTitle,
  en,
  zhCn,
  zhTw,
} from './support/wizard-strings';

const browser = browserForThisFile();
const open = tabsForThisFile(browser);

/** One path per outcome, each with a different cloud, so every outcome and every cloud is clicked through. */
function onePathPerOutcome() {
  const clouds = ['partner-center', 'us-government', 'germany', 'not-sure'];
  const paths = pathsToOutcomes();
  return OUTCOME_IDS.map((outcome, index) => {
    const reaching = paths.filter((path) => path.outcome.id === outcome);
    const cloud = clouds[index % clouds.length];
    const path = reaching.find((candidate) => candidate.answers[0]?.option === cloud) ?? reaching[0];
    if (!path) throw new Error(`No path reaches ${outcome}`);
    return path;
  });
}

describe('the wizard, clicked through to every outcome', () => {
  const paths = onePathPerOutcome();

  it('covers every outcome of the decision graph', () => {
    expect(new Set(paths.map((path) => path.outcome.id))).toEqual(new Set(Object.keys(OUTCOMES)));
  });

  for (const locale of ['en-us', 'zh-cn', 'zh-tw'] as const) {
    for (const path of paths) {
      const label = path.answers.map(({ question, option }) => `${question}=${option}`).join(' ');
      it(`${locale}: ${label} → ${path.outcome.id}`, async () => {
        const page = await open(`/${locale}${WIZARD}`);
        await waitForApp(page);
        for (const [index, { question, option }] of path.answers.entries()) {
          await expect.poll(() => page.title()).toBe(expectedTitle(locale, { question, number: index + 1 }));
          await page.getByLabel(optionLabel(locale, question, option), { exact: true }).check();
          await page.getByRole('button', { name: STRINGS[locale].continue }).click();
        }
        await expect.poll(() => h1(page)).toBe(outcomeTitle(locale, path.outcome.id));
        await expect.poll(() => page.title()).toBe(expectedTitle(locale, { outcome: path.outcome.id }));
        // Every cited sentence is quoted, and links to its anchor in the article.
        for (const key of path.outcome.cites) {
          expect(await page.locator(`a[href$="#${sentenceAnchorId(key)}"]`).count()).toBe(1);
        }
        if (locale !== 'en-us') {
          expect(await page.locator('blockquote[lang="en-US"]').allInnerTexts()).toEqual([
            ...path.outcome.cites,
          ]);
        }
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
        expect(new URL(page.url()).search).toBe(
          `?${path.answers.map(({ question, option }) => `${question}=${option}`).join('&')}`,
        );
        expect(pageErrors(page)).toEqual([]);
      });
    }
  }
});

describe('moving around the wizard', () => {
  it('opens from the home page in place, keeping the home page on screen while its code arrives', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const releaseWizard = await holdRequests(page, '**/assets/WizardPage-*.js');
    await page.goto(`${baseUrl()}/zh-cn/`);
    await waitForApp(page);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    const homeTitle = await h1(page);
    await page.getByRole('link', { name: appZhCn.wizardTeaser.start }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/zh-cn${WIZARD}`);
    await releaseWizard.requested;
    // Asserts that nothing happens: React reveals a Suspense fallback at most 300 ms after it suspends.
    await page.waitForTimeout(300);
    // React hides, rather than removes, content it replaces with a fallback: ask for a visible heading.
    expect(await page.getByRole('heading', { level: 1, name: homeTitle }).isVisible()).toBe(true);
    releaseWizard();
    await expect.poll(() => h1(page)).toBe(zhCn.question.cloud.title);
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
    // Entering from the teaser is a page change too: focus moves to the new heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await context.close();
  });

  it('goes Back, Changes an answer, reloads and Starts again without losing what was chosen', async () => {
    const page = await open(`/en-us${WIZARD}`);
    await waitForApp(page);
    await page.getByLabel('Partner Center for Microsoft Cloud for US Government').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Microsoft products or services they bought outside CSP').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => h1(page)).toBe(en.question.relationship.title);

    await page.getByRole('link', { name: 'Back' }).click();
    await expect.poll(() => h1(page)).toBe(en.question.topic.title);
    expect(await page.getByLabel('Microsoft products or services they bought outside CSP').isChecked()).toBe(
      true,
    );
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Yes').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => h1(page)).toBe(en.outcome['microsoft-contacts-non-csp'].heading);
    await screenshot(page, 'wizard-outcome-en-us');

    await page.reload();
    await expect.poll(() => h1(page)).toBe(en.outcome['microsoft-contacts-non-csp'].heading);
    await waitForApp(page);

    await page.getByRole('link', { name: 'Change Message about' }).click();
    await expect.poll(() => h1(page)).toBe(en.question.topic.title);
    expect(new URL(page.url()).search).toBe(
      '?cloud=us-government&topic=non-csp&relationship=yes&change=topic',
    );
    expect(await page.getByLabel('Microsoft products or services they bought outside CSP').isChecked()).toBe(
      true,
    );
    await page.getByLabel('A service problem or operational news').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => h1(page)).toBe(en.outcome['microsoft-may-contact-incident'].heading);

    await page.getByRole('link', { name: 'Start again' }).click();
    await expect.poll(() => h1(page)).toBe(en.question.cloud.title);
    expect(new URL(page.url()).search).toBe('');
  });

  it('asks again, with a localized message, when Continue is pressed without an answer', async () => {
    const page = await open(`/zh-tw${WIZARD}`);
    await waitForApp(page);
    await page.getByRole('button', { name: zhTw.continue }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toBe(zhTw.error.choose);
    expect(new URL(page.url()).search).toBe('');
    await expectNoAxeViolations(page);
  });

  it('keeps the answers when the locale changes', async () => {
    const page = await open(`/en-us${WIZARD}?cloud=germany&topic=subscription`);
    await waitForApp(page);
    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: '中文（台灣）' })
      .click();
    await expect.poll(() => h1(page)).toBe(zhTw.outcome['partner-contacts'].heading);
    expect(new URL(page.url()).search).toBe('?cloud=germany&topic=subscription');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-TW');
    await screenshot(page, 'wizard-outcome-zh-tw');
  });

  it('fetches the other locales once idle, so switching an outcome then needs no network', async () => {
    const query = '?cloud=germany&topic=subscription';
    const page = await openPage(browser(), `/en-us${WIZARD}${query}`);
    await waitForApp(page);
    await expect
      .poll(
        () =>
          page.evaluate(
            () =>
              performance
                .getEntriesByType('resource')
                .filter((entry) => /\/content\/[^/]+\/zh-(cn|tw)\.js$/.test(entry.name)).length,
          ),
        { timeout: 10_000 },
      )
      .toBe(2);
    await page.context().setOffline(true);
    await page.locator('nav[aria-label] a[lang="zh-CN"]').click();
    await expect.poll(() => h1(page)).toBe(outcomeTitle('zh-cn', 'partner-contacts'));
    expect(new URL(page.url()).search).toBe(query);
    await page.context().close();
  });

  it('can be used with the keyboard alone, and focus follows each new step', async () => {
    const page = await open(`/zh-cn${WIZARD}`);
    await waitForApp(page);
    await page.locator('input[type="radio"]').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => h1(page)).toBe(zhCn.question.topic.title);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    for (let step = 0; step < 10; step += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio'))
        break;
    }
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect.poll(() => h1(page)).toBe(zhCn.outcome['partner-contacts'].heading);
    expect(new URL(page.url()).search).toBe('?cloud=us-government&topic=subscription');
  });
});

describe('what the outcome says about clouds', () => {
  it('says the English version does not list Germany, and links to the version that does', async () => {
    const page = await open(`/en-us${WIZARD}?cloud=germany&topic=incident`);
    await waitForApp(page);
    const notice = page.locator('.notice-warning');
    await expect
      .poll(() => notice.innerText())
      .toContain('does not say it applies to Partner Center for Microsoft Cloud Germany');
    // Which version names it, in the reader's language, that it is older and that it has no date.
    expect(await notice.innerText()).toContain(
      'The Chinese (Taiwan) version does name Partner Center for Microsoft Cloud Germany, but it is an older version of the article, and it gives no date.',
    );
    const link = notice.getByRole('link', { name: 'Chinese (Taiwan)' });
    expect(await link.getAttribute('href')).toBe('/zh-tw/articles/customer-communication-from-microsoft');
  });

  it('says the zh-tw version lists Germany', async () => {
    const page = await open(`/zh-tw${WIZARD}?cloud=germany&topic=incident`);
    await waitForApp(page);
    await expect
      .poll(() => page.locator('.notice').first().innerText())
      .toBe(zhTw.caveat.listed.replace('{{cloud}}', zhTw.question.cloud.option.germany));
  });

  it('links each quoted sentence to the article, where it is highlighted', async () => {
    const page = await open(`/zh-cn${WIZARD}?cloud=partner-center&topic=incident`);
    await waitForApp(page);
    await page.getByRole('link', { name: zhCn.outcome.readInArticle }).click();
    await expect
      .poll(() => new URL(page.url()).pathname)
      .toBe('/zh-cn/articles/customer-communication-from-microsoft');
    const highlighted = page.locator('.sentence[data-highlighted]');
    await expect
      .poll(() => highlighted.innerText())
      .toBe('Microsoft 可能会就有关服务事件或其他操作信息与客户直接通讯。');
    await screenshot(page, 'article-highlighted-sentence-zh-cn');
  });
});

describe('bad answers in the URL', () => {
  it('keeps valid earlier answers and asks the first open question, saying what was ignored', async () => {
    const page = await open(`/zh-cn${WIZARD}?cloud=germany&topic=mars&relationship=yes`);
    await waitForApp(page);
    await expect.poll(() => h1(page)).toBe(zhCn.question.topic.title);
    const notice = await page.getByRole('status').innerText();
    expect(notice).toContain('mars');
    expect(notice).toContain('yes');
    await page.getByLabel(zhCn.question.topic.option.incident).check();
    await page.getByRole('button', { name: zhCn.continue }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?cloud=germany&topic=incident');
  });

  it('shows markup from the query string as text', async () => {
    const page = await open(`/en-us${WIZARD}?cloud=%3Cimg%20src%3Dx%20onerror%3D%22window.pwned%3D1%22%3E`);
    await waitForApp(page);
    await expect.poll(() => h1(page)).toBe(en.question.cloud.title);
    expect(await page.getByRole('status').innerText()).toContain('<img src=x');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });

  it('keeps an answer checked before the page’s script has run', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const releaseScripts = await holdRequests(page, '**/assets/*.js');
    await page.goto(`${baseUrl()}/zh-tw${WIZARD}`, { waitUntil: 'commit' });
    await page.getByLabel(optionLabel('zh-tw', 'cloud', 'germany')).check();
    releaseScripts();
    await waitForApp(page);
    expect(await page.getByLabel(optionLabel('zh-tw', 'cloud', 'germany')).isChecked()).toBe(true);
    await page.getByRole('button', { name: zhTw.continue }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?cloud=germany');
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('works as a plain form before JavaScript runs (prerendered first question)', async () => {
    const html = await (await fetch(`${baseUrl()}/zh-tw${WIZARD}`)).text();
    expect(html).toContain(zhTw.question.cloud.title);
    // The wizard's own form (the header's search form comes first in the page).
    const form = /<form[^>]*action="\/zh-tw\/who-contacts-my-customer"[^>]*>/.exec(html)?.[0] ?? '';
    expect(form).toContain('method="get"');
  });
});

describe('shared links and no JavaScript', () => {
  it('answers an outcome link with that outcome already in the HTML', async () => {
    const response = await fetch(`${baseUrl()}/zh-tw${WIZARD}?cloud=germany&topic=incident`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(zhTw.outcome['microsoft-may-contact-incident'].heading);
    expect(html).toContain('Microsoft may communicate directly with customers about service incidents');
  });

  it('hydrates a prerendered outcome without a mismatch', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(`${baseUrl()}/en-us${WIZARD}?cloud=partner-center&topic=non-csp&relationship=not-sure`);
    await waitForApp(page);
    expect(await h1(page)).toBe(en.outcome['relationship-explained'].heading);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('serves a revisited step with its answer already checked, and the later answers in the form', async () => {
    const html = await (
      await fetch(`${baseUrl()}/zh-tw${WIZARD}?cloud=germany&topic=non-csp&relationship=yes&change=topic`)
    ).text();
    expect(html).toContain(zhTw.question.topic.title);
    expect(/<input[^>]*value="non-csp"[^>]*>/.exec(html)?.[0]).toContain('checked');
    expect(html).toContain('<input type="hidden" name="relationship" value="yes"/>');
  });

  it('walks to an outcome with JavaScript turned off', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/zh-cn${WIZARD}`);
    await page.getByLabel(zhCn.question.cloud.option['us-government'], { exact: true }).check();
    await page.getByRole('button', { name: zhCn.continue }).click();
    await page.waitForURL(/cloud=us-government/);
    expect(await h1(page)).toBe(zhCn.question.topic.title);
    await page.getByLabel(zhCn.question.topic.option.subscription).check();
    await page.getByRole('button', { name: zhCn.continue }).click();
    await page.waitForURL(/topic=subscription/);
    expect(await h1(page)).toBe(zhCn.outcome['partner-contacts'].heading);
    await screenshot(page, 'wizard-outcome-zh-cn-no-javascript');
    await context.close();
  });
});

describe('accessibility of every step', () => {
  // One tab per locale, clicked through each kind of step (the questions, then an outcome).
  const walk = pathsToOutcomes().find(
    ({ answers }) =>
      answers.map(({ question, option }) => `${question}=${option}`).join('&') ===
      'cloud=not-sure&topic=non-csp&relationship=not-sure',
  );
  for (const locale of ['en-us', 'zh-cn', 'zh-tw'] as const) {
    it(`has no axe violations on any step in ${locale}`, async () => {
      if (!walk) throw new Error('No path answers cloud, topic and relationship');
      const page = await open(`/${locale}${WIZARD}`);
      await waitForApp(page);
      for (const [index, answer] of [...walk.answers, undefined].entries()) {
        await expect
          .poll(() => page.title())
          .toBe(
            expectedTitle(
              locale,
              answer ? { question: answer.question, number: index + 1 } : { outcome: walk.outcome.id },
            ),
          );
        await expectNoAxeViolations(page);
        await screenshot(page, `wizard-${locale}-${answer?.question ?? 'outcome'}`);
        if (!answer) break;
        await page.getByLabel(optionLabel(locale, answer.question, answer.option), { exact: true }).check();
        await page.getByRole('button', { name: STRINGS[locale].continue }).click();
      }
      expect(pageErrors(page)).toEqual([]);
    });
  }
});
