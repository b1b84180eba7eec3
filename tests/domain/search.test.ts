// The sentence index as the build writes it, searched with the queries helpdesk agents type.
import { describe, expect, it } from 'vitest';
import { buildSearchIndexes } from '../../src/content/vite-plugin-search-index';
import { loadSearchIndex } from '../../src/domain/search';
import type { SearchHit } from '../../src/domain/search-model';
import { excerpt, highlight } from '../../src/domain/search-highlight';

const indexes = buildSearchIndexes('src/content/articles', 'src/features/wizard/locales');
const searchIn = (locale: string, query: string) => {
  const serialized = indexes.get(locale);
  if (!serialized) throw new Error(`no index for ${locale}`);
  return loadSearchIndex(serialized).search(query);
};
const marked = (hit: SearchHit | undefined) =>
  (hit?.highlighted ?? [])
    .filter((segment) => segment.marked)
    .map((segment) => segment.text)
    .join('|');
const articleHits = (hits: SearchHit[]) => hits.filter((hit) => hit.kind === 'article');

describe('sentence search, per page locale', () => {
  it('builds one index per locale the articles exist in', () => {
    expect([...indexes.keys()]).toEqual(['en-us', 'zh-cn', 'zh-tw']);
  });

  it('finds the zh-cn subscription sentence for 订阅 and marks the word', () => {
    const [first] = articleHits(searchIn('zh-cn', '订阅'));
    expect(first?.text).toContain('Microsoft 不会将有关他们的订阅的通讯直接发送给你的客户');
    expect(first?.matchedLocale).toBe('zh-cn');
    expect(marked(first)).toBe('订阅');
    expect(first?.href).toMatch(/^\/zh-cn\/articles\/customer-communication-from-microsoft#s-[0-9a-f]{8}$/);
  });

  it('finds the billing sentence for 账单 on zh-cn through the zh-tw 帳單', () => {
    const [first] = articleHits(searchIn('zh-cn', '账单'));
    expect(first?.text).toContain('由于你具有客户结算关系');
    expect(first?.matchedLocale).toBe('zh-tw');
    expect(marked(first)).toBe('帳單');
  });

  it('finds the service incident sentence for 服務事件 on zh-tw', () => {
    const [first] = articleHits(searchIn('zh-tw', '服務事件'));
    expect(first?.text).toBe('Microsoft 可能會直接與客戶交流有關服務事件或其他操作資訊。');
    expect(first?.matchedLocale).toBe('zh-tw');
    expect(marked(first)).toBe('服務事件');
  });

  it('finds the commercial relationship sentence for 商業關係 on zh-tw, and on zh-cn in Simplified text', () => {
    expect(articleHits(searchIn('zh-tw', '商業關係'))[0]?.text).toContain(
      '針對現在已與 Microsoft 有商業關係的客戶',
    );
    const [onZhCn] = articleHits(searchIn('zh-cn', '商業關係'));
    expect(onZhCn?.text).toContain('对于与 Microsoft 已存在现有商业关系的客户');
  });

  it('finds the English sentence for billing on en-us', () => {
    const [first] = articleHits(searchIn('en-us', 'billing'));
    expect(first?.text).toMatch(/^Because you own the customer billing relationship/);
    expect(marked(first)).toBe('billing');
  });

  it('finds the zh-cn sentence for "service incident" through its English original, and says so', () => {
    const [first] = articleHits(searchIn('zh-cn', 'service incident'));
    expect(first?.text).toBe('Microsoft 可能会就有关服务事件或其他操作信息与客户直接通讯。');
    expect(first?.matchedLocale).toBe('en-us');
    expect(marked(first)).toBe('service|incidents');
  });

  it('finds the English sentence for a Chinese query on en-us, and says which language matched', () => {
    const [first] = articleHits(searchIn('en-us', '订阅'));
    expect(first?.text).toMatch(/^Because you own the customer billing relationship/);
    expect(first?.matchedLocale).toBe('zh-cn');
  });

  it('forgives the misspelt "subscriptoin" in every locale', () => {
    for (const locale of ['en-us', 'zh-cn', 'zh-tw']) {
      const [first] = articleHits(searchIn(locale, 'subscriptoin'));
      expect(first?.href, locale).toContain(`/${locale}/articles/`);
      expect(first?.highlighted.map((segment) => segment.text).join(''), locale).toContain('subscriptions');
    }
  });

  it('finds wizard outcomes, linking to the wizard with the answers that lead there', () => {
    const outcome = searchIn('zh-cn', '订阅').find((hit) => hit.kind === 'outcome');
    expect(outcome?.title).toBe('由你就订阅和账单事宜联系客户');
    expect(outcome?.href).toBe('/zh-cn/who-contacts-my-customer?cloud=partner-center&topic=subscription');
  });

  it('reads the last word as a prefix from its third letter, and lists the words before it until then', () => {
    const [first] = articleHits(searchIn('en-us', 'service inc'));
    expect(first?.text).toMatch(/^Microsoft may communicate directly with customers about service incidents/);
    expect(marked(first)).toBe('service|incidents');
    // "in" is a word, not the start of every "in…" term: the sentences of "service" meanwhile.
    const service = searchIn('en-us', 'service').map((hit) => hit.text);
    expect(searchIn('en-us', 'service in').map((hit) => hit.text)).toEqual(service);
    expect(searchIn('en-us', 'service i').map((hit) => hit.text)).toEqual(service);
    expect(searchIn('en-us', 'customer se').map((hit) => hit.text)).toEqual(
      searchIn('en-us', 'customer').map((hit) => hit.text),
    );
  });

  it('requires a two-letter word before the last as a whole word, not as the start of others', () => {
    const hits = searchIn('en-us', 'in general');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.text).toMatch(/\bin\b.*\bgeneral/iu);
  });

  it('returns nothing for a query no sentence matches, and for markup or blank queries', () => {
    expect(searchIn('en-us', 'quantum zebra')).toEqual([]);
    expect(searchIn('zh-tw', '<script>alert(1)</script>')).toEqual([]);
    expect(searchIn('zh-cn', '   ')).toEqual([]);
  });
});

describe("the issue's queries, on every locale's page", () => {
  const queries = ['订阅', '账单', '服務事件', '商業關係', 'billing', 'service incident', 'subscriptoin'];
  for (const locale of ['en-us', 'zh-cn', 'zh-tw']) {
    for (const query of queries) {
      it(`"${query}" on ${locale} opens a ${locale} sentence, the match marked`, () => {
        const [first] = articleHits(searchIn(locale, query));
        expect(first?.href).toMatch(
          new RegExp(`^/${locale}/articles/customer-communication-from-microsoft#s-`),
        );
        expect(first?.text).toBeTruthy();
        expect(marked(first)).not.toBe('');
      });
    }
    it(`a query nothing matches finds nothing on ${locale}`, () => {
      expect(searchIn(locale, 'quantum zebra')).toEqual([]);
    });
  }
});

describe('highlight', () => {
  it('marks every occurrence, case-insensitively, as text runs', () => {
    expect(highlight('Billing and billing', ['billing'])).toEqual([
      { text: 'Billing', marked: true },
      { text: ' and ', marked: false },
      { text: 'billing', marked: true },
    ]);
  });

  it('marks whole Latin words only: a prefix match never lights up the inside of another word', () => {
    expect(highlight('Microsoft says so', ['so', 'says'])).toEqual([
      { text: 'Microsoft ', marked: false },
      { text: 'says', marked: true },
      { text: ' ', marked: false },
      { text: 'so', marked: true },
    ]);
  });

  it('on a real query, marks no part of "Microsoft" for the prefix "s"', () => {
    const hits = searchIn('zh-tw', 'customer s');
    expect(hits.length).toBeGreaterThan(0);
    const shown = (hit: SearchHit) =>
      hit.highlighted.map((segment) => (segment.marked ? `[${segment.text}]` : segment.text)).join('');
    expect(hits.map(shown).join(' ')).toContain('Microsoft');
    for (const hit of hits) expect(shown(hit)).not.toMatch(/Micro\[|\]ft/);
  });

  it('marks positions found in the other script onto the shown text', () => {
    expect(highlight('帳單關係', ['帐单'], '帐单关系')).toEqual([
      { text: '帳單', marked: true },
      { text: '關係', marked: false },
    ]);
  });
});

describe('excerpt', () => {
  const runs = (text: string, mark: string) => highlight(text, [mark]);
  const textOf = (segments: { text: string }[]) => segments.map((segment) => segment.text).join('');

  it('keeps a sentence that fits whole', () => {
    expect(excerpt(runs('Billing and more', 'billing'), 40)).toEqual(runs('Billing and more', 'billing'));
  });

  it('cuts a long sentence around its first match, marking the cuts with an ellipsis', () => {
    const sentence = `${'word '.repeat(20)}billing ${'tail '.repeat(20)}`;
    const cut = excerpt(runs(sentence, 'billing'), 50);
    expect(textOf(cut)).toMatch(/^…/);
    expect(textOf(cut)).toMatch(/…$/);
    expect(Array.from(textOf(cut)).length).toBeLessThanOrEqual(52);
    // Cut between words, not inside one.
    expect(textOf(cut)).toMatch(/^…(word|billing) .* (tail|billing)…$/);
    expect(cut.filter((segment) => segment.marked).map((segment) => segment.text)).toEqual(['billing']);
  });

  it('counts code points: a character outside the BMP is never cut in half', () => {
    const sentence = `${'𠀋'.repeat(30)}帳單${'𠀋'.repeat(30)}`;
    const cut = textOf(excerpt(runs(sentence, '帳單'), 21));
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(cut).toContain('帳單');
  });
});
