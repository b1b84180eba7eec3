// Questions pasted whole, as helpdesk agents paste a customer's words: each must be led by the wizard
// answer that fits it, with the article sentence that answer rests on, on every locale's page.
import { describe, expect, it } from 'vitest';
import { buildSearchIndexes } from '../../src/content/vite-plugin-search-index';
import { CITED_SENTENCES } from '../../src/domain/decision/cited-sentences';
import { loadSearchIndex } from '../../src/domain/search';
import { planQuery } from '../../src/domain/search-question';
import { sentenceAnchorId } from '../../src/domain/sentence-key';
import { QUESTIONS, type Cited } from './support/questions';

const indexes = buildSearchIndexes('src/content/articles', 'src/features/wizard/locales');
const engines = new Map([...indexes].map(([locale, index]) => [locale, loadSearchIndex(index)]));
const searchIn = (locale: string, query: string) => {
  const engine = engines.get(locale);
  if (!engine) throw new Error(`no index for ${locale}`);
  return engine.search(query);
};

const sentenceHref = (locale: string, cited: Cited) =>
  `/${locale}/articles/customer-communication-from-microsoft#${sentenceAnchorId(CITED_SENTENCES[cited])}`;

describe('a pasted question is led by the wizard answer that fits it', () => {
  for (const [locale, question, outcome, cited] of QUESTIONS) {
    it(`${locale}: “${question}” → ${outcome}, resting on ${cited}`, () => {
      const [first] = searchIn(locale, question);
      expect(first?.id).toBe(`outcome:${outcome}`);
      expect(first?.href).toMatch(new RegExp(`^/${locale}/who-contacts-my-customer\\?`));
      expect(first?.restsOn?.href).toBe(sentenceHref(locale, cited));
      expect(first?.restsOn?.text).toBeTruthy();
    });
  }

  it('shows the sentence in the page locale, and the answer in its words', () => {
    const [first] = searchIn('en-us', 'Does Microsoft send renewal reminders to my customers?');
    expect(first?.title).toBe('You contact your customer about their subscriptions and billing');
    expect(first?.restsOn?.text).toBe(CITED_SENTENCES.noSubscriptionCommunications);
    const [zhCn] = searchIn('zh-cn', '维护期间微软会直接通知我的客户吗？');
    expect(zhCn?.title).toBe('Microsoft 可能会就服务故障直接联系你的客户');
    expect(zhCn?.restsOn?.text).toBe('Microsoft 可能会就有关服务事件或其他操作信息与客户直接通讯。');
    const [zhTw] = searchIn('zh-tw', '客戶另外向 Microsoft 直接購買的產品，誰會跟他們聯絡？');
    expect(zhTw?.title).toBe('Microsoft 會繼續就客戶直接購買的產品聯絡客戶');
    expect(zhTw?.restsOn?.text).toContain('針對現在已與 Microsoft 有商業關係的客戶');
  });

  it('finds nothing for a question about nothing the site says, or markup', () => {
    expect(searchIn('en-us', 'Is the zebra quantum enough for the platypus?')).toEqual([]);
    expect(searchIn('zh-cn', '<img src=x onerror=alert(1)>')).toEqual([]);
  });
});

describe('short keyword queries keep every word required', () => {
  it('renewal still finds what it found before (by typo tolerance: "general")', () => {
    expect(searchIn('en-us', 'renewal').map((hit) => hit.id)).toEqual([
      'article:customer-communication-from-microsoft:s-7421b615',
      'outcome:general-partner',
    ]);
  });

  it('subscriptoin (misspelt) and 账单 lead with the billing sentence, as before', () => {
    const [misspelt] = searchIn('en-us', 'subscriptoin').filter((hit) => hit.kind === 'article');
    expect(misspelt?.text).toMatch(/^Because you own the customer billing relationship/);
    const [billing] = searchIn('zh-cn', '账单').filter((hit) => hit.kind === 'article');
    expect(billing?.text).toContain('由于你具有客户结算关系');
  });

  it('reads keywords that find nothing together as a question', () => {
    expect(searchIn('en-us', 'who sends invoices')[0]?.id).toBe('outcome:partner-contacts');
  });
});

describe('planQuery', () => {
  it('tells keywords from questions', () => {
    expect(planQuery('service incident').question).toBe(false);
    expect(planQuery('服務事件').question).toBe(false);
    expect(planQuery('renewal?').question).toBe(true);
    expect(planQuery('Microsoft customer renewal billing subscription').question).toBe(true);
  });

  it('drops question and function words, and finds Chinese concepts however the text segments', () => {
    expect(
      planQuery('Does Microsoft send renewal reminders to my customers?').concepts.map(([w]) => w),
    ).toEqual(['microsoft', 'send', 'renewal', 'customers']);
    // 开发票 segments as 开发/票: 发票 is found in the text itself, and 开发 is not searched.
    expect(planQuery('谁负责给客户开发票？').concepts.map(([w]) => w)).toEqual(['客户', '发票', '负责']);
  });
});
