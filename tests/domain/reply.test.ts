// The reply a helpdesk agent copies from a wizard outcome, composed in every customer language from that
// locale's own strings and article version.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/content/pipeline/load-content';
import { OUTCOMES, type Outcome } from '../../src/domain/decision/who-contacts';
import { htmlLangOf } from '../../src/domain/locales';
import { asSentence, composeReply, type ReplyInput } from '../../src/domain/reply';

const { articles } = loadContentDir('src/content/articles');
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

function inputFor(locale: string, includeEnglish: boolean, outcomeId = 'partner-contacts'): ReplyInput {
  const wizardStrings = json(`src/features/wizard/locales/${locale}.json`);
  const replyStrings = json(`src/features/agent-tools/locales/${locale}.json`).reply;
  const strings = { ...wizardStrings.reply, englishLabel: wizardStrings.outcome.englishOriginal };
  const article = articles.find((candidate) => candidate.locale === locale);
  const outcome = (OUTCOMES as Record<string, Outcome | undefined>)[outcomeId];
  if (!article || !outcome || !replyStrings.answer[outcomeId]) throw new Error(`${locale} ${outcomeId}`);
  return {
    answer: [replyStrings.answer[outcomeId]],
    notes: [],
    quotes: outcome.cites.map((key) => {
      const sentence = article.sentences.find((candidate) => candidate.key === key);
      if (!sentence) throw new Error(`${locale} lacks ${key}`);
      return { text: sentence.text, lang: htmlLangOf(locale), english: sentence.english };
    }),
    link: `https://help.example/${locale}/articles/customer-communication-from-microsoft#s-12345678`,
    includeEnglish,
    strings,
  };
}

describe('composeReply', () => {
  it('writes the zh-cn reply: answer, quoted sentences in Chinese quotation marks, link', () => {
    const { plain } = composeReply(inputFor('zh-cn', false));
    expect(plain).toBe(
      [
        '您的 CSP 订阅和账单事宜由我们负责与您联系。由于您的账单由我们负责，Microsoft 不会就您的 CSP 订阅直接向您发送通知，相关通知将由我们发送给您。',
        'Microsoft 文章原文：\n“一般情况下，我们希望与客户的所有通讯均来自云解决方案提供商合作伙伴。”\n“由于你具有客户结算关系，Microsoft 不会将有关他们的订阅的通讯直接发送给你的客户。”',
        '在文章中查看：https://help.example/zh-cn/articles/customer-communication-from-microsoft#s-12345678',
      ].join('\n\n'),
    );
  });

  it('adds each English original beneath its zh-tw sentence when asked, in corner brackets', () => {
    const { plain, html } = composeReply(inputFor('zh-tw', true));
    expect(plain).toContain(
      '「因為您擁有客戶帳單關係，所以 Microsoft 不會直接傳送與您的客戶的訂閱有關的通訊內容給他們。」\n英文原文：「Because you own the customer billing relationship, Microsoft will not send communications directly to your customers related to their subscriptions.」',
    );
    expect(html).toContain('<blockquote lang="zh-TW"><p>因為您擁有客戶帳單關係');
    expect(html).toContain('<p lang="en-US">英文原文：「Because you own the customer billing relationship');
  });

  it("quotes a zh-tw sentence that has corner brackets of its own in 『』, keeping the article's words", () => {
    const { plain } = composeReply(inputFor('zh-tw', false));
    expect(plain).toContain(
      '『在一般情況下，我們希望與客戶的所有通訊交流都是來自「雲端解決方案提供者」合作夥伴。』',
    );
    expect(plain).not.toMatch(/「[^」]*「/);
  });

  it('writes the en-us reply without repeating English that is already the text', () => {
    const { plain, html } = composeReply(inputFor('en-us', true));
    expect(plain).toMatch(/^We are your contact for your CSP subscriptions and billing\. Because we hold/);
    expect(plain).toContain("From Microsoft's article:\n“In general, we expect all communications");
    expect(plain).not.toContain('English original:');
    expect(
      plain.endsWith(
        'Read it in the article: https://help.example/en-us/articles/customer-communication-from-microsoft#s-12345678',
      ),
    ).toBe(true);
    expect(html).toContain(
      '<p>Read it in the article: <a href="https://help.example/en-us/articles/customer-communication-from-microsoft#s-12345678">',
    );
  });

  it('joins Chinese text without a space after full-width punctuation, English with one', () => {
    const zhTw = composeReply(inputFor('zh-tw', false)).plain;
    expect(zhTw).toMatch(/^您的 CSP 訂閱和帳單事宜由我們負責與您聯絡。由於您的帳單由我們負責/);
    expect(zhTw).toContain('在文章中檢視：https://help.example/zh-tw/');
    expect(composeReply(inputFor('en-us', false)).plain).toMatch(
      /^We are your contact for your CSP subscriptions and billing\. Because we hold/,
    );
  });

  it('escapes every text in the HTML flavour', () => {
    const { html, plain } = composeReply({
      ...inputFor('en-us', false),
      answer: ['<img src=x onerror="alert(1)"> & more.'],
      link: 'https://help.example/"><script>',
    });
    expect(html).toContain('<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; more.</p>');
    expect(html).not.toContain('<script>');
    expect(plain.startsWith('<img src=x onerror="alert(1)"> & more')).toBe(true);
  });

  // Every customer language the site has, every outcome: the reply is the answer, each cited sentence of
  // that language's article version in its quotation marks (with its English original when asked), the link.
  const locales = [...new Set(articles.map((article) => article.locale))].sort();
  const outcomeIds = Object.keys(OUTCOMES);
  it.for(locales.flatMap((locale) => outcomeIds.map((outcome) => [locale, outcome] as const)))(
    "composes the %s reply for the %s outcome from that language's own words",
    ([locale, outcome]) => {
      const input = inputFor(locale, true, outcome);
      const { plain, html } = composeReply(input);
      const { quoteOpen, quoteClose, innerQuoteOpen, innerQuoteClose, fullStop } = input.strings;
      const quoted = (text: string) =>
        text.includes(quoteOpen) || text.includes(quoteClose)
          ? `${innerQuoteOpen}${text}${innerQuoteClose}`
          : `${quoteOpen}${text}${quoteClose}`;
      expect(plain.startsWith(asSentence(input.answer[0] ?? '', fullStop))).toBe(true);
      for (const quote of input.quotes) {
        expect(plain).toContain(quoted(quote.text));
        expect(html).toContain(`<blockquote lang="${quote.lang}">`);
        if (quote.english !== quote.text) expect(plain).toContain(quoted(quote.english ?? ''));
      }
      expect(plain.endsWith(input.link)).toBe(true);
      expect(plain).not.toMatch(/undefined|\{\{/);
    },
  );

  // The reply goes to the customer: its own words (all but the article's quoted sentences) speak to them
  // as "you" and of the partner as "we", never of "your customer" as the agent's page does.
  it.for(locales.flatMap((locale) => outcomeIds.map((outcome) => [locale, outcome] as const)))(
    'speaks to the customer in the %s reply for the %s outcome, the partner being "we"',
    ([locale, outcome]) => {
      const input = inputFor(locale, false, outcome);
      const own = composeReply(input).plain.split(`\n\n${input.strings.quoteIntro}`)[0] ?? '';
      expect(own).toBe(input.answer[0]);
      expect(own).not.toMatch(/customer|客户|客戶/i);
      if (locale === 'en-us') {
        expect(own).toMatch(/\b[Ww]e\b/);
        expect(own).toMatch(/\byour?\b/);
      } else {
        // The polite 您, never 你; the partner is 我们 / 我們.
        expect(own).not.toContain('你');
        expect(own).toContain('您');
        expect(own).toMatch(locale === 'zh-cn' ? /我们/ : /我們/);
      }
    },
  );

  it('puts what qualifies the answer after it, before the quoted sentences, in both flavours', () => {
    const notes = ['Please note: the article does not name <your> cloud.', 'An older version does'];
    const { plain, html } = composeReply({ ...inputFor('en-us', false, 'general-partner'), notes });
    expect(plain.split('\n\n').slice(0, 3)).toEqual([
      "Microsoft's article has no specific rule for this kind of message. It says only that, in general, Microsoft expects all communication to come from the Cloud Solution Provider partner, so we are your contact.",
      'Please note: the article does not name <your> cloud. An older version does.',
      "From Microsoft's article:\n“In general, we expect all communications with the customer to come from the Cloud Solution Provider partner.”",
    ]);
    expect(html).toContain(
      '<p>Please note: the article does not name &lt;your&gt; cloud. An older version does.</p><p>From Microsoft&#39;s article:</p>',
    );
    expect(composeReply(inputFor('zh-tw', false)).plain.split('\n\n')).toHaveLength(3);
  });
});

describe('asSentence', () => {
  it("ends a heading with the language's full stop, and leaves a finished sentence as it is", () => {
    expect(asSentence('You contact your customer', '.')).toBe('You contact your customer.');
    expect(asSentence('由你联系客户', '。')).toBe('由你联系客户。');
    expect(asSentence('Who contacts my customer?', '.')).toBe('Who contacts my customer?');
    expect(asSentence('由您聯絡客戶。', '。')).toBe('由您聯絡客戶。');
    expect(asSentence('他说：“好。”', '。')).toBe('他说：“好。”');
    expect(asSentence('  ', '.')).toBe('');
  });
});
