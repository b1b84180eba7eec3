// The reply a helpdesk agent copies from a wizard outcome, composed in every customer language from that
// locale's own strings and article version.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/content/pipeline/load-content';
import { OUTCOMES } from '../../src/domain/decision/who-contacts';
import { htmlLangOf } from '../../src/domain/locales';
import { composeReply, type ReplyInput } from '../../src/domain/reply';

const { articles } = loadContentDir('src/content/articles');
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

function inputFor(locale: string, includeEnglish: boolean): ReplyInput {
  const strings = json(`src/features/agent-tools/locales/${locale}.json`).reply;
  const wizard = json(`src/features/wizard/locales/${locale}.json`).outcome['partner-contacts'];
  const article = articles.find((candidate) => candidate.locale === locale);
  if (!article) throw new Error(locale);
  return {
    answer: [wizard.title, wizard.explanation],
    quotes: OUTCOMES['partner-contacts'].cites.map((key) => {
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
        '由你就订阅事宜联系客户。由于你拥有客户结算关系，Microsoft 不会直接向你的客户发送有关其 CSP 订阅的通知，这些通知由你发送。',
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

  it('writes the en-us reply without repeating English that is already the text', () => {
    const { plain, html } = composeReply(inputFor('en-us', true));
    expect(plain).toMatch(/^You contact your customer about their subscriptions\./);
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
    expect(zhTw).toMatch(/^由您就訂閱事宜聯絡客戶。由於您擁有客戶帳單關係/);
    expect(zhTw).toContain('在文章中檢視：https://help.example/zh-tw/');
    expect(composeReply(inputFor('en-us', false)).plain).toMatch(
      /^You contact your customer about their subscriptions\. Because you own/,
    );
  });

  it('escapes every text in the HTML flavour', () => {
    const { html, plain } = composeReply({
      ...inputFor('en-us', false),
      answer: ['<img src=x onerror="alert(1)"> & more'],
      link: 'https://help.example/"><script>',
    });
    expect(html).toContain('<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; more</p>');
    expect(html).not.toContain('<script>');
    expect(plain.startsWith('<img src=x onerror="alert(1)"> & more')).toBe(true);
  });
});
