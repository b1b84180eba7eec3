// @vitest-environment node
// Every outcome of the wizard, shown in embed mode, is told to the host page: its id, who contacts the
// customer (each value the decision graph has) and its citations.
import { expect, it } from 'vitest';
import { OUTCOMES, pathsToOutcomes, type OutcomeId } from '../../src/domain/decision/who-contacts';
import { sentenceAnchorId } from '../../src/domain/sentence-key';
import { browserForThisFile } from './support/browser';
import {
  helpFrame,
  hostEvents,
  nextEvent,
  portalUrl,
  embedServersForThisFile,
} from './support/embed-servers';
import { outcomeTitle, type Locale } from './support/wizard-strings';

const browser = browserForThisFile();
const servers = embedServersForThisFile();

const LOCALES: Locale[] = ['en-us', 'zh-cn', 'zh-tw'];

/** One answer sequence per outcome (the first, depth first), each in one of the locales in turn. */
const walks = [...new Map(pathsToOutcomes().map((path) => [path.outcome.id, path] as const)).values()].map(
  (path, index) => ({
    locale: LOCALES[index % LOCALES.length] as Locale,
    outcome: path.outcome.id,
    answers: Object.fromEntries(path.answers.map(({ question, option }) => [question, option])),
  }),
);

it('walks to every outcome, and the host hears each with its who and citations', async () => {
  expect(new Set(walks.map(({ outcome }) => outcome))).toEqual(new Set(Object.keys(OUTCOMES)));
  const context = await browser().newContext({ viewport: { width: 800, height: 800 } });
  const page = await context.newPage();
  await page.goto(portalUrl(servers(), { page: 'wizard' }));
  await nextEvent(page, 'ready');
  const frame = await helpFrame(page, servers().helpCenter);
  for (const { locale, outcome: id, answers } of walks) {
    const seen = (await hostEvents(page)).length;
    const { cloud, topic, relationship } = answers;
    await page.evaluate(
      (target) =>
        (window as unknown as { helpCenter: { navigate(t: object): void } }).helpCenter.navigate(target),
      { page: 'wizard', locale, cloud, answers: { topic, relationship } },
    );
    const outcome = OUTCOMES[id as OutcomeId];
    const article = `${servers().helpCenter}/${locale}/articles/customer-communication-from-microsoft`;
    expect((await nextEvent(page, 'outcome', seen)).payload).toEqual({
      outcome: outcome.id,
      who: outcome.who,
      citations: outcome.cites.map((key) => ({ key, url: `${article}#${sentenceAnchorId(key)}` })),
    });
    expect(await frame.locator('h1').innerText()).toBe(outcomeTitle(locale, outcome.id));
  }
  await context.close();
});
