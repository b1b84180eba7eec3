// @vitest-environment node
// Embedding: the example host page and the help center, each on a free port of its own.
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../../src/domain/decision/who-contacts';
import { CITED_SENTENCES } from '../../src/domain/decision/cited-sentences';
import { hostCommand } from '../../src/domain/embed-message';
import { sentenceAnchorId } from '../../src/domain/sentence-key';
import wizardEn from '../../src/features/wizard/locales/en-us.json';
import wizardZhTw from '../../src/features/wizard/locales/zh-tw.json';
import { browserForThisFile, expectNoAxeViolations, screenshot } from './support/browser';
import { outcomeTitle } from './support/wizard-strings';
import {
  helpFrame,
  hostEvents,
  nextEvent,
  portalUrl,
  embedServersForThisFile,
} from './support/embed-servers';

/** A page of the third origin, framed by the host page beside the help center, that tries to drive it. */
const INTRUDER = `<!doctype html><html lang="en"><title>Intruder</title><body><script>
  const help = parent.frames[0];
  const command = (type, payload) => ({ source: 'help-center', version: 1, type, payload });
  help.postMessage(command('navigate', { path: '/zh-cn/' }), '*');
  help.postMessage(command('setLocale', { locale: 'zh-cn' }), '*');
</script></body></html>`;

const consoleErrors: string[] = [];
// The servers first: the browser, started after them, is closed before them (hooks run in reverse).
const servers = embedServersForThisFile({ '/intruder.html': INTRUDER });
const browser = browserForThisFile();

async function openPortal(
  options: Record<string, string>,
  context: BrowserContextOptions = {},
  origin = servers().hostOrigin,
): Promise<Page> {
  const ctx = await browser().newContext({ viewport: { width: 1024, height: 800 }, ...context });
  const page = await ctx.newPage();
  // Console errors of the host page and of the frame (a hydration mismatch would show here).
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(portalUrl(servers(), options, origin));
  return page;
}

const WIZARD = '/who-contacts-my-customer';

describe('the frame opens where the host asks', () => {
  it('at the locale, cloud and wizard step, without the site header and footer', async () => {
    const page = await openPortal({ locale: 'zh-tw', page: 'wizard', cloud: 'germany', theme: 'light' });
    const ready = await nextEvent(page, 'ready');
    const expected = `${servers().helpCenter}/zh-tw${WIZARD}?cloud=germany&embed=1&theme=light`;
    expect(ready.payload).toEqual({ url: expected, locale: 'zh-tw' });
    const frame = await helpFrame(page, servers().helpCenter);
    expect(frame.url()).toBe(expected);
    expect(await frame.locator('h1').innerText()).toBe(wizardZhTw.question.topic.title);
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
    expect(await frame.locator('.site-header, .site-footer').count()).toBe(0);
    // Links inside keep embed mode and the theme; the language links too.
    const hrefs = await frame
      .locator('main a[href^="/"], .locale-switcher a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(2);
    for (const href of hrefs) expect(href).toMatch(/[?&]embed=1&theme=light(#|$)/);
    // Prerendered: the HTML the server sends already is the embed page, the one for every theme, with
    // the pre-paint script that sets the URL's; the app then renders the theme into the page.
    const html = await (await fetch(expected)).text();
    expect(html).toContain('class="embed-page"');
    expect(html).toContain('data-prerendered-search="?cloud=germany&amp;embed=1"');
    expect(html).toContain('setAttribute("data-embed-theme",t)');
    expect(await frame.locator('.embed-page').getAttribute('data-theme')).toBe('light');
    expect(html).not.toMatch(/<header|<footer/);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('at an article sentence, highlighted, and links leaving the site open a new tab', async () => {
    const sentence = CITED_SENTENCES.serviceIncidents;
    const page = await openPortal({ locale: 'zh-cn', page: 'article', cloud: 'partner-center', sentence });
    await nextEvent(page, 'ready');
    const frame = await helpFrame(page, servers().helpCenter);
    const anchor = sentenceAnchorId(sentence);
    expect(new URL(frame.url()).hash).toBe(`#${anchor}`);
    expect(new URL(frame.url()).search).toBe('?cloud=partner-center&embed=1');
    await frame.waitForSelector(`#${anchor}[data-highlighted]`);
    const external = await frame
      .locator('main a[href^="http"]')
      .evaluateAll((links) =>
        links.map((link) => `${link.getAttribute('target')} ${link.getAttribute('rel')}`),
      );
    expect(external.length).toBeGreaterThan(0);
    expect(new Set(external)).toEqual(new Set(['_blank noopener noreferrer']));
    await page.context().close();
  });
});

describe('events and commands', () => {
  it('tells the host about steps, outcomes and languages, and follows its commands', async () => {
    const page = await openPortal({ page: 'wizard', cloud: 'partner-center' });
    await nextEvent(page, 'ready');
    const frame = await helpFrame(page, servers().helpCenter);
    let seen = (await hostEvents(page)).length;
    await frame.getByLabel(wizardEn.question.topic.option.incident).check();
    await frame.getByRole('button', { name: wizardEn.continue }).click();
    const outcomeUrl = `${servers().helpCenter}/en-us${WIZARD}?cloud=partner-center&topic=incident&embed=1`;
    expect((await nextEvent(page, 'navigate', seen)).payload).toEqual({ url: outcomeUrl });
    const outcome = OUTCOMES['microsoft-may-contact-incident'];
    expect((await nextEvent(page, 'outcome', seen)).payload).toEqual({
      outcome: outcome.id,
      who: 'microsoft',
      citations: outcome.cites.map((key) => ({
        key,
        url: `${servers().helpCenter}/en-us/articles/customer-communication-from-microsoft#${sentenceAnchorId(key)}`,
      })),
    });
    expect(await frame.locator('h1').innerText()).toBe(
      outcomeTitle('en-us', 'microsoft-may-contact-incident'),
    );

    // The reader switches language inside the frame.
    seen = (await hostEvents(page)).length;
    await frame.locator('.locale-switcher a[hreflang="zh-TW"]').click();
    expect((await nextEvent(page, 'locale', seen)).payload).toEqual({ locale: 'zh-tw' });
    await frame.waitForFunction(() => document.documentElement.lang === 'zh-TW');
    expect(frame.url()).toBe(outcomeUrl.replace('/en-us/', '/zh-tw/'));

    // The host switches it back, then sends the frame elsewhere.
    seen = (await hostEvents(page)).length;
    await page.evaluate(() =>
      (window as unknown as { helpCenter: { setLocale(l: string): void } }).helpCenter.setLocale('en-us'),
    );
    expect((await nextEvent(page, 'locale', seen)).payload).toEqual({ locale: 'en-us' });
    seen = (await hostEvents(page)).length;
    await page.evaluate(() =>
      (window as unknown as { helpCenter: { navigate(t: object): void } }).helpCenter.navigate({
        page: 'wizard',
        locale: 'zh-tw',
        cloud: 'germany',
      }),
    );
    expect((await nextEvent(page, 'navigate', seen)).payload).toEqual({
      url: `${servers().helpCenter}/zh-tw${WIZARD}?cloud=germany&embed=1`,
    });
    await frame.waitForFunction(
      (title) => document.querySelector('h1')?.textContent === title,
      wizardZhTw.question.topic.title,
    );
    // A locale the help center does not have is refused, and said so.
    seen = (await hostEvents(page)).length;
    await page.evaluate(() =>
      (window as unknown as { helpCenter: { setLocale(l: string): void } }).helpCenter.setLocale('xx-yy'),
    );
    expect((await nextEvent(page, 'error', seen)).payload).toMatchObject({ code: 'navigation-failed' });
    expect(new URL(frame.url()).pathname).toBe(`/zh-tw${WIZARD}`);
    await page.context().close();
  });

  it('ignores commands from a third origin and from other windows of the host origin', async () => {
    const page = await openPortal({ page: 'wizard' });
    await nextEvent(page, 'ready');
    const frame = await helpFrame(page, servers().helpCenter);
    const before = frame.url();
    // A page of another origin, and one of the host's own origin that is not the frame's parent.
    for (const origin of [servers().thirdOrigin, servers().hostOrigin]) {
      await page.evaluate(
        ({ src }) =>
          new Promise<void>((resolve) => {
            const intruder = document.createElement('iframe');
            intruder.title = 'Intruder';
            intruder.src = src;
            intruder.onload = () => resolve();
            document.body.appendChild(intruder);
          }),
        { src: `${origin}/intruder.html` },
      );
    }
    // And the host page itself, with a command that does not validate (a path to another site).
    await page.evaluate(
      ({ bad, target }) => document.querySelector('iframe')?.contentWindow?.postMessage(bad, target),
      { bad: hostCommand('navigate', { path: '//evil.example/' }), target: servers().helpCenter },
    );
    // Each is ignored, and counted: two messages from each intruder, one malformed.
    await page.waitForFunction(() =>
      (
        window as unknown as { helpCenterEvents: { type: string; payload: { ignored: number } }[] }
      ).helpCenterEvents.some((event) => event.type === 'debug' && event.payload.ignored === 5),
    );
    const reasons = (await hostEvents(page))
      .filter((event) => event.type === 'debug')
      .map((event) => event.payload.reason);
    expect(reasons).toEqual(['source', 'source', 'source', 'source', 'payload']);
    // Asserts that nothing happens: a command obeyed after all would have moved the frame by now.
    await page.waitForTimeout(500);
    expect(frame.url()).toBe(before);
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en-US');
    const types = (await hostEvents(page)).map((event) => event.type);
    expect(types).not.toContain('navigate');
    expect(types).not.toContain('locale');
    await page.context().close();
  });
});

/** The iframe's height on the host page, and the frame's own view of its content and viewport. */
async function sizes(page: Page) {
  const frame = await helpFrame(page, servers().helpCenter);
  const iframe = await page.evaluate(
    () => document.querySelector('#help iframe')?.getBoundingClientRect().height ?? 0,
  );
  const inner = await frame.evaluate(() => ({
    content: Math.ceil(document.documentElement.getBoundingClientRect().height),
    viewport: window.innerHeight,
    scrollHeight: document.documentElement.scrollHeight,
    scrollbar: window.innerWidth - document.documentElement.clientWidth,
  }));
  return { iframe, ...inner };
}

/**
 * The sizes once the iframe has taken its content's height and shows all of it (the host applies each resize
 * it hears of; content still arriving, its styles say, can take one more).
 */
async function fitted(page: Page) {
  let fit = await sizes(page);
  await expect
    .poll(async () => {
      fit = await sizes(page);
      return fit.iframe === fit.content && fit.scrollHeight <= fit.viewport;
    })
    .toBe(true);
  return fit;
}

type Handle = { navigate(target: object): void };
const navigateTo = (page: Page, target: object) =>
  page.evaluate((t) => (window as unknown as { helpCenter: Handle }).helpCenter.navigate(t), target);

describe('the frame fits its content', () => {
  it('grows and shrinks with it, with no scrollbar inside, also with a 100vh element', async () => {
    const page = await openPortal(
      { page: 'wizard', locale: 'zh-cn' },
      { viewport: { width: 400, height: 700 } },
    );
    const first = await nextEvent(page, 'resize');
    const question = await sizes(page);
    expect(question.iframe).toBe(first.payload.height);
    expect(question.iframe).toBe(question.content);
    expect(question.scrollHeight).toBeLessThanOrEqual(question.viewport);
    expect(question.scrollbar).toBe(0);

    // The outcome, with its citations, is longer: the frame grows to show all of it.
    let seen = (await hostEvents(page)).length;
    await navigateTo(page, {
      page: 'wizard',
      locale: 'zh-cn',
      cloud: 'partner-center',
      answers: { topic: 'non-csp', relationship: 'yes' },
    });
    await nextEvent(page, 'outcome', seen);
    await page.waitForFunction(
      (h) => (document.querySelector('#help iframe')?.getBoundingClientRect().height ?? 0) > h,
      question.iframe,
    );
    const outcome = await fitted(page);
    expect(outcome.scrollHeight).toBeLessThanOrEqual(outcome.viewport);

    // Back to the first question: it shrinks again.
    seen = (await hostEvents(page)).length;
    await navigateTo(page, { page: 'wizard', locale: 'zh-cn' });
    await page.waitForFunction(
      (h) => (document.querySelector('#help iframe')?.getBoundingClientRect().height ?? 0) < h,
      outcome.iframe,
    );
    const again = await fitted(page);
    expect(again.iframe).toBe(question.iframe);

    // Content sized by the viewport (which the host's resizing changes) does not make it grow forever.
    seen = (await hostEvents(page)).length;
    const frame = await helpFrame(page, servers().helpCenter);
    await frame.evaluate(() => {
      const tall = document.createElement('div');
      tall.style.height = '100vh';
      document.querySelector('main')?.appendChild(tall);
    });
    await page.waitForFunction(
      (h) => (document.querySelector('#help iframe')?.getBoundingClientRect().height ?? 0) > h,
      again.iframe,
    );
    // Asserts that nothing happens: a frame caught in the loop would resize again within this second.
    await page.waitForTimeout(1000);
    const grown = await sizes(page);
    expect(grown.iframe).toBeGreaterThan(again.iframe);
    // 100vh at the page's own height, then once more (that growth could have been the content's own).
    expect(grown.iframe).toBeLessThanOrEqual(again.iframe * 3 + 2);
    const resizes = (await hostEvents(page)).slice(seen).filter((event) => event.type === 'resize');
    expect(resizes.length).toBeLessThanOrEqual(2);
    expect(grown.scrollbar).toBe(0);
    await page.context().close();
  });
});

describe('in any browser setting', () => {
  it('works when storage throws (third-party frames often have none)', async () => {
    const ctx = await browser().newContext();
    await ctx.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage'])
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException('Storage is blocked', 'SecurityError');
          },
        });
    });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(portalUrl(servers(), { page: 'wizard' }));
    await nextEvent(page, 'ready');
    const frame = await helpFrame(page, servers().helpCenter);
    expect(
      await frame.evaluate(() => {
        try {
          return typeof localStorage;
        } catch {
          return 'throws';
        }
      }),
    ).toBe('throws');
    const seen = (await hostEvents(page)).length;
    await frame.locator('.locale-switcher a[hreflang="zh-CN"]').click();
    expect((await nextEvent(page, 'locale', seen)).payload).toEqual({ locale: 'zh-cn' });
    await frame.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    // The choice is stored once the frame is idle: an idle callback asked for now runs after that.
    await frame.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('takes the theme from the URL over the system setting, and is axe-clean inside the frame', async () => {
    for (const [theme, system, background] of [
      ['dark', 'light', 'rgb(15, 20, 25)'],
      ['light', 'dark', 'rgb(255, 255, 255)'],
    ] as const) {
      const page = await openPortal(
        { page: 'wizard', locale: 'zh-cn', cloud: 'partner-center', topic: 'incident', theme },
        { colorScheme: system },
      );
      await nextEvent(page, 'ready');
      const frame = await helpFrame(page, servers().helpCenter);
      // The root paints the page (and the canvas): the body has no background of its own.
      expect(await frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
        background,
      );
      expect(await frame.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(theme);
      await expectNoAxeViolations(page);
      await page.context().close();
    }
  });

  it('screenshots: 320 px and wide, light and dark (for a person to look at)', async () => {
    for (const [width, theme] of [
      [320, 'light'],
      [320, 'dark'],
      [1024, 'light'],
      [1024, 'dark'],
    ] as const) {
      const page = await openPortal(
        {
          page: 'wizard',
          locale: width === 320 ? 'zh-tw' : 'en-us',
          cloud: 'partner-center',
          topic: 'incident',
          theme,
        },
        { viewport: { width, height: 800 }, colorScheme: theme },
      );
      await nextEvent(page, 'resize');
      expect((await fitted(page)).scrollbar).toBe(0);
      await screenshot(page, `embed-${width}-${theme}`);
      await page.context().close();
    }
  });
});

/** Waits until Chromium has refused to show the help center in the host page's iframe (its error page). */
async function refusedFrame(page: Page) {
  const iframe = await page.waitForSelector('#help iframe');
  await expect.poll(async () => (await iframe.contentFrame())?.url()).toBe('chrome-error://chromewebdata/');
  const frame = await iframe.contentFrame();
  if (!frame) throw new Error('The iframe lost its frame');
  return frame;
}

describe('a host not on the allowlist', () => {
  it('gets no events, and cannot drive the frame', async () => {
    const page = await openPortal({ page: 'wizard' }, {}, servers().thirdOrigin);
    // No help center ran in the frame, so none can ever answer.
    await refusedFrame(page);
    expect((await hostEvents(page)).map((event) => event.type)).toEqual([]);
    await page.context().close();
  });

  it('cannot frame it at all: the server forbids it (Content-Security-Policy frame-ancestors)', async () => {
    const page = await openPortal({ page: 'wizard' }, {}, servers().thirdOrigin);
    const frame = await refusedFrame(page);
    expect(await frame.evaluate(() => document.getElementById('root'))).toBeNull();
    await page.context().close();
  });
});
