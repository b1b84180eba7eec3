// @vitest-environment node
// The embedded help center in Firefox ESR on an ordinary portal page: the frame grows to show the whole
// outcome, so the reader can read it to the end and Start again. (Chromium: ../embed.test.ts.)
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathsToOutcomes } from '../../../src/domain/decision/who-contacts';
import { startEmbedServers, type EmbedServers } from '../support/embed-servers';
import { closePage, firefoxForThisFile, newPage, pageErrors, textOf } from '../support/firefox';
import { STRINGS, expectedTitle, optionLabel } from '../support/wizard-strings';

/**
 * A portal page as portals are: padding around the body, the help center in a bordered box, and more of
 * the portal's own text after it. The example portal's script mounts the help center in `#help` (and
 * logs its events in `#log`, hidden here).
 */
const ORDINARY_PORTAL = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Contoso partner portal</title>
<style>
  body { padding: 24px; font: 16px/1.5 sans-serif; }
  #help { border: 1px solid #8c959f; border-radius: 6px; margin: 16px 0; }
</style></head><body>
<h1>Contoso partner portal</h1>
<p>Not sure who should tell your customer about a change? Ask the help center.</p>
<div id="help"></div>
<p>Still stuck? Write to your partner development manager.</p>
<ol id="log" hidden></ol>
<script src="/portal.js"></script>
</body></html>`;

const firefox = firefoxForThisFile();
let servers: EmbedServers;
beforeAll(async () => {
  servers = await startEmbedServers({ '/ordinary.html': ORDINARY_PORTAL });
});
afterAll(async () => {
  await servers?.close();
});

async function helpFrame(page: Page): Promise<Frame> {
  const iframe = await page.waitForSelector('#help iframe');
  const frame = await iframe?.contentFrame();
  if (!frame) throw new Error('The host page has no help center frame');
  await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  return frame;
}

/**
 * Waits until the iframe's height has stopped changing: the frame reports its height after a layout, the
 * host applies it, and that may lay the frame out again. Unchanged for 20 animation frames in a row is
 * settled: a report takes one or two.
 */
async function waitForSettledHeight(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { settle: { height: -1, frames: 0 } }));
  await page.waitForFunction(
    () => {
      const settle = (window as unknown as { settle: { height: number; frames: number } }).settle;
      const height = document.querySelector('#help iframe')?.getBoundingClientRect().height ?? -1;
      settle.frames = height === settle.height ? settle.frames + 1 : 0;
      settle.height = height;
      return settle.frames >= 20;
    },
    { polling: 'raf' },
  );
}

/**
 * Holds the requests for the outcome's later part (the reply to copy, in its own chunk) until the returned
 * function is called: what a slow network or a busy computer does, here on purpose, so that the outcome
 * grows twice: once when it shows, once more when that part arrives.
 */
async function holdOutcomeTools(page: Page): Promise<{ seen: () => boolean; release: () => void }> {
  let seen = false;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (!/\/assets\/OutcomeTools-[\w-]+\.js$/.test(new URL(request.url()).pathname)) {
      void request.continue();
      return;
    }
    seen = true;
    void held.then(() => request.continue());
  });
  return { seen: () => seen, release };
}

/** The iframe's height on the host page, and what the frame measures inside. */
async function sizes(page: Page, frame: Frame, startAgain: string) {
  const iframe = await page.$eval('#help iframe', (element) => element.getBoundingClientRect().height);
  const inside = await frame.evaluate((label) => {
    const link = [...document.querySelectorAll('a')].find((candidate) => candidate.textContent === label);
    return {
      content: Math.ceil(document.documentElement.getBoundingClientRect().height),
      viewport: window.innerHeight,
      startAgainBottom: Math.ceil(link?.getBoundingClientRect().bottom ?? Infinity),
    };
  }, startAgain);
  return { iframe, ...inside };
}

describe('the embedded wizard in Firefox, on an ordinary portal page', () => {
  const locale = 'en-us';
  const answers = 'cloud=partner-center&topic=subscription';
  const path = pathsToOutcomes().find(
    (candidate) => candidate.answers.map((step) => `${step.question}=${step.option}`).join('&') === answers,
  );

  it(`grows to show the whole outcome (${answers}), also its part that arrives later, down to Start again`, async () => {
    if (!path) throw new Error(`No path of the decision graph answers ${answers}`);
    const page = await newPage(firefox());
    const outcomeTools = await holdOutcomeTools(page);
    const mount = new URLSearchParams({ helpCenter: servers.helpCenter, page: 'wizard', locale });
    await page.goto(`${servers.hostOrigin}/ordinary.html?${mount}`);
    const frame = await helpFrame(page);
    for (const [index, { question, option }] of path.answers.entries()) {
      await frame.waitForFunction(
        (title) => document.title === title,
        {},
        expectedTitle(locale, { question, number: index + 1 }),
      );
      await frame.locator(`::-p-aria(${optionLabel(locale, question, option)}[role="radio"])`).click();
      await frame.locator(`::-p-aria(${STRINGS[locale].continue}[role="button"])`).click();
    }
    await frame.waitForFunction(
      (title) => document.title === title,
      {},
      expectedTitle(locale, { outcome: path.outcome.id }),
    );
    // The outcome shows without its later part, and the frame fits it; then that part arrives.
    await waitForSettledHeight(page);
    const before = await sizes(page, frame, STRINGS[locale].startAgain);
    expect(outcomeTools.seen(), 'the outcome asked for its later part').toBe(true);
    expect(before.iframe, `the outcome shown: ${JSON.stringify(before)}`).toBeGreaterThanOrEqual(
      before.content,
    );
    outcomeTools.release();
    await frame.waitForSelector('.copy-reply-preview');
    await waitForSettledHeight(page);

    const after = await sizes(page, frame, STRINGS[locale].startAgain);
    const figures = `with its later part: ${JSON.stringify(after)}`;
    expect(after.content, figures).toBeGreaterThan(before.content);
    expect(after.iframe, figures).toBeGreaterThanOrEqual(after.content);
    expect(after.startAgainBottom, figures).toBeLessThanOrEqual(after.viewport);

    await frame.locator(`::-p-aria(${STRINGS[locale].startAgain}[role="link"])`).click();
    await frame.waitForFunction(
      (title) => document.title === title,
      {},
      expectedTitle(locale, { question: 'cloud', number: 1 }),
    );
    expect(await textOf(page, 'h1')).toBe('Contoso partner portal');
    expect(pageErrors(page)).toEqual([]);
    await closePage(page);
  });
});
