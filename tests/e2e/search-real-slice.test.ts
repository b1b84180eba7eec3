// @vitest-environment node
// Sentence search over a slice of Microsoft's real corpus, built as the site builds it: in a fresh page
// each query fetches the manifest and the few shards it needs, never the whole index; an English query
// finds the Chinese sentence, a Chinese one finds it too, and an FAQ question published without its
// English alongside is found by its words. Transfer sizes are deterministic, so they are asserted.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserForThisFile } from './support/browser';
import { buildRealSlice, type BuiltSlice } from './support/own-real-slice';
import { CORPUS } from './support/real-slice';

const ZH_CN = [
  'customer-communication-from-microsoft.md',
  'billing-basics.md',
  'billing.md',
  'chip-faq.yml',
  'chip-intro.md',
  'competencies-faq.yml',
  'account-structure.md',
  'azure-plan-billing.md',
  'azure-plan-manage.md',
  'common-billing-scenarios.md',
  'create-a-new-subscription.md',
  'add-a-new-customer.md',
  'assign-licenses-to-users.md',
  'check-service-health.md',
  'azure-reservations.md',
  'agreements.md',
  'credit-limit-enforcement.md',
  'advisors-no-csp.md',
  'connect-with-your-customers.md',
];
const SLICE: [string, string][] = [
  ...ZH_CN.map((file): [string, string] => ['zh-cn', file]),
  ...['customer-communication-from-microsoft.md', 'billing-basics.md', 'account-structure.md'].map(
    (file): [string, string] => ['zh-tw', file],
  ),
  ...['customer-communication-from-microsoft.md', 'billing-basics.md', 'chip-faq.yml', 'payout-faq.yml'].map(
    (file): [string, string] => ['de-de', file],
  ),
];
const PAGE = '/zh-cn/articles/billing-basics';
/** The goal per query in a fresh page, compressed, everything the search fetches included. */
const BYTES_PER_QUERY = 200_000;

let slice: BuiltSlice | undefined;

/** Types `query` in a fresh page's header search and waits for the first result: its options and the bytes it took. */
async function firstResults(page: Page, query: string) {
  await page.goto(slice?.baseUrl + PAGE);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await page.waitForLoadState('networkidle');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  const files: string[] = [];
  const urls = new Map<string, string>();
  cdp.on('Network.responseReceived', (event) => urls.set(event.requestId, event.response.url));
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
    files.push(new URL(urls.get(event.requestId) ?? 'http://x/').pathname);
  });
  await page.getByRole('searchbox', { name: '搜索帮助中心' }).focus();
  await page.getByRole('combobox', { name: '搜索帮助中心' }).fill(query);
  const options = page.locator('.search-popup [role="option"]');
  await options.first().waitFor();
  const texts = await options.allInnerTexts();
  return { texts, bytes, files };
}

describe.skipIf(!CORPUS)('search over a slice of the real corpus', () => {
  const browser = browserForThisFile();

  beforeAll(async () => {
    slice = await buildRealSlice('search-slice-', SLICE, [PAGE]);
  }, 900_000);

  afterAll(async () => {
    await slice?.close();
  });

  it.each([
    ['an English query finds the zh-cn sentence through its English original', 'find your bill', '查找帐单'],
    ['a Chinese query finds the zh-cn sentence', '最新的帐单', '可以下载最新的帐单'],
    [
      'an FAQ question published without its English is found by its words',
      '资格要求',
      '解决方案评估奖励计划有哪些资格要求？',
    ],
    [
      'a question pasted whole finds the sentence its answer rests on, its concepts fetched in steps',
      'Does Microsoft send renewal reminders to my customers?',
      '由于你具有客户结算关系，Microsoft 不会将有关他们的订阅的通讯直接发送给你的客户。',
    ],
    ['a common Chinese word is found before its typos are fetched', '合作伙伴中心', '合作伙伴中心'],
  ])('in zh-cn, %s, fetching at most 200 kB', async (_, query, expected) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const { texts, bytes, files } = await firstResults(page, query);
    console.log(
      `search-real-slice: "${query}": ${bytes} bytes in ${files.length} files before the first results`,
    );
    expect(texts.join('\n')).toContain(expected);
    expect(files.some((file) => /\/assets\/search\/zh-cn-[0-9a-f]+\/t\d+\.json$/.test(file))).toBe(true);
    expect(bytes).toBeLessThanOrEqual(BYTES_PER_QUERY);
    await context.close();
  });
});
