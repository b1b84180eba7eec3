// @vitest-environment node
// Embedding, seen from the host page (the example portal on a free port: body padding, a bordered
// container, text after the frame): where the host scrolls, what it passes on, and that the frame fits.
import type { BrowserContextOptions, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CITED_SENTENCES } from '../../src/domain/decision/cited-sentences';
import { frameEvent } from '../../src/domain/embed-message';
import { sentenceAnchorId } from '../../src/domain/sentence-key';
import { browserForThisFile, holdRequests } from './support/browser';
import {
  helpFrame,
  hostEvents,
  nextEvent,
  portalUrl,
  embedServersForThisFile,
} from './support/embed-servers';
import { optionLabel, outcomeTitle, stringAt, STRINGS, type Locale } from './support/wizard-strings';

const browser = browserForThisFile();
const servers = embedServersForThisFile();

async function openPortal(options: Record<string, string>, context: BrowserContextOptions = {}) {
  const ctx = await browser().newContext({ viewport: { width: 1024, height: 800 }, ...context });
  const page = await ctx.newPage();
  await page.goto(portalUrl(servers(), options));
  await nextEvent(page, 'ready');
  return { page, frame: await helpFrame(page, servers().helpCenter) };
}

/** Where an element of the frame is in the host's viewport (top and bottom, CSS px). */
async function inHostViewport(page: Page, frame: Frame, selector: string) {
  const inner = await frame.locator(selector).evaluate((element) => {
    const { top, bottom } = element.getBoundingClientRect();
    return { top, bottom };
  });
  const outer = await page.evaluate(() => ({
    top: document.querySelector('#help iframe')?.getBoundingClientRect().top ?? Number.NaN,
    height: window.innerHeight,
  }));
  return { top: outer.top + inner.top, bottom: outer.top + inner.bottom, viewport: outer.height };
}

/** The iframe's height on the host page, and its content's height inside. */
async function fit(page: Page, frame: Frame) {
  const iframe = await page.evaluate(
    () => document.querySelector('#help iframe')?.getBoundingClientRect().height ?? 0,
  );
  const content = await frame.evaluate(() =>
    Math.ceil(document.documentElement.getBoundingClientRect().height),
  );
  return { iframe, content };
}

describe('mount with a sentence', () => {
  it.each(['en-us', 'zh-cn', 'zh-tw'] as const)(
    'scrolls the host page to the highlighted sentence once the frame has its height (%s, 360 × 700)',
    async (locale) => {
      const sentence = CITED_SENTENCES.existingRelationships;
      const { page, frame } = await openPortal(
        { page: 'article', locale, sentence },
        { viewport: { width: 360, height: 700 } },
      );
      const selector = `#${sentenceAnchorId(sentence)}[data-highlighted]`;
      await frame.waitForSelector(selector);
      // The frame is sized to the whole article, and the sentence is on the host's screen.
      await expect.poll(() => fit(page, frame).then(({ iframe, content }) => iframe === content)).toBe(true);
      await expect
        .poll(async () => {
          const { top, bottom, viewport } = await inHostViewport(page, frame, selector);
          return top >= 0 && bottom <= viewport;
        })
        .toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await page.context().close();
    },
  );
});

describe('what the host script passes on', () => {
  it("ignores a frame event naming another site's URL, and passes on the help center's own", async () => {
    const { page, frame } = await openPortal({ page: 'wizard' });
    const seen = (await hostEvents(page)).length;
    const evil = 'https://evil.example/x';
    const forged = [
      frameEvent('navigate', { url: evil }),
      frameEvent('ready', { url: evil, locale: 'en-us' }),
      frameEvent('outcome', {
        outcome: 'general-partner',
        who: 'general',
        citations: [{ key: CITED_SENTENCES.generalExpectation, url: evil }],
      }),
    ];
    const own = frameEvent('navigate', { url: `${servers().helpCenter}/zh-cn/?embed=1` });
    // Posted by the help center's own frame (as a script injected into it would), to the host's origin.
    await frame.evaluate((messages) => messages.forEach((m) => parent.postMessage(m, '*')), [...forged, own]);
    expect((await nextEvent(page, 'navigate', seen)).payload).toEqual(own.payload);
    const after = (await hostEvents(page)).slice(seen);
    expect(after.filter((event) => event.type === 'debug').map((event) => event.payload)).toEqual([
      { ignored: 1, reason: 'payload' },
      { ignored: 2, reason: 'payload' },
      { ignored: 3, reason: 'payload' },
    ]);
    expect(JSON.stringify(after)).not.toContain('evil.example');
    await page.context().close();
  });
});

describe('the frame fits its content on a portal page', () => {
  it('reports a growth that comes just after the host applied the last height', async () => {
    const { page, frame } = await openPortal({ page: 'wizard', locale: 'zh-cn' });
    await expect.poll(() => fit(page, frame).then(({ iframe, content }) => iframe === content)).toBe(true);
    // Content growing in two steps, each after the host has applied the height before: the second growth
    // is larger than the first, as the outcome's tools (443 px) after the outcome (288 px) in Firefox.
    for (const height of [288, 443]) {
      const before = (await fit(page, frame)).iframe;
      await frame.evaluate((h) => {
        const block = document.createElement('div');
        block.style.height = `${h}px`;
        document.querySelector('main')?.appendChild(block);
      }, height);
      await expect.poll(() => fit(page, frame).then(({ iframe }) => iframe)).toBe(before + height);
    }
    await page.context().close();
  });

  it.each(['en-us', 'zh-tw'] as const)(
    'shows the whole outcome when its tools arrive after it (%s): Copy reply, Your answers, Start again',
    async (locale: Locale) => {
      const { page, frame } = await openPortal(
        { page: 'wizard', locale },
        { viewport: { width: 800, height: 800 } },
      );
      const release = await holdRequests(page, /OutcomeTools-[^/]*\.js/);
      for (const [question, option] of [
        ['cloud', 'partner-center'],
        ['topic', 'incident'],
      ]) {
        await frame
          .getByRole('radio', {
            name: optionLabel(locale, question as string, option as string),
            exact: true,
          })
          .check();
        await frame.getByRole('button', { name: STRINGS[locale].continue }).click();
      }
      await frame
        .getByRole('heading', { level: 1, name: outcomeTitle(locale, 'microsoft-may-contact-incident') })
        .waitFor();
      // The outcome without its tools, sized by the host; then the tools arrive.
      await expect.poll(() => fit(page, frame).then(({ iframe, content }) => iframe === content)).toBe(true);
      const withoutTools = (await fit(page, frame)).iframe;
      release();
      // Enabled: the tools themselves, no longer the labelled placeholder shown while they load.
      await frame.waitForFunction(
        (name) => [...document.querySelectorAll('button')].some((b) => b.textContent === name && !b.disabled),
        stringAt(locale, 'reply.copy'),
      );
      await expect.poll(() => fit(page, frame).then(({ iframe, content }) => iframe === content)).toBe(true);
      expect((await fit(page, frame)).iframe).toBeGreaterThan(withoutTools);
      // Everything at the end of the outcome is inside the frame's box, where the reader can reach it.
      const { iframe } = await fit(page, frame);
      for (const control of [
        frame.getByRole('button', { name: stringAt(locale, 'reply.copy') }),
        frame.getByRole('heading', { name: stringAt(locale, 'outcome.answersHeading') }),
        frame.getByRole('link', { name: stringAt(locale, 'startAgain') }),
      ]) {
        const box = await control.evaluate((element) => element.getBoundingClientRect().bottom);
        expect(box).toBeLessThanOrEqual(iframe);
      }
      await page.context().close();
    },
  );
});
