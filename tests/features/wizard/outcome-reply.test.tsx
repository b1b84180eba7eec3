// Copy reply's text on every outcome, for every cloud answer, in every language with wizard strings: it
// speaks to the customer, and carries the caveat about their cloud that the outcome page shows (the page
// and the reply side by side, in Chromium: tests/e2e/agent-tools-reply.test.ts).
import '../../../src/app/strings';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  isOptionOf,
  OUTCOMES,
  pathsToOutcomes,
  toEntry,
  WIZARD_ARTICLE_SLUG,
  type CloudOption,
} from '../../../src/domain/decision/who-contacts';
import { replyIn } from '../../../src/features/wizard/outcome-reply';
import { loadArticle, loadIndex } from '../../../src/lib/content/article-store';
import { loadLocaleStrings } from '../../../src/lib/i18n/i18n';

const LOCALES = ['en-us', 'zh-cn', 'zh-tw'] as const;

/** The caveat each language's reply carries for a cloud its version does not make certain; none for the rest. */
const CAVEATS: Record<(typeof LOCALES)[number], Record<CloudOption, string | null>> = {
  'en-us': {
    'partner-center': null,
    'us-government': null,
    germany:
      "Please note: Microsoft's article does not say that it applies to Partner Center for Microsoft Cloud Germany, so we cannot confirm that this answer holds for that cloud. An older, undated version of the article, in Chinese (Taiwan), does name that cloud.",
    'not-sure':
      "Please note: Microsoft's article says it applies to Partner Center and Partner Center for Microsoft Cloud for US Government.",
  },
  'zh-cn': {
    'partner-center': null,
    'us-government': null,
    germany:
      '请注意：Microsoft 的文章并未说明它适用于“德国 Microsoft Cloud 合作伙伴中心”，因此我们无法确认此答复同样适用于该云。这篇文章较早的中文（台湾）版本确实列出了该云，但未注明日期。',
    'not-sure':
      '请注意：Microsoft 的文章说明它适用于以下云：合作伙伴中心和面向美国政府的 Microsoft Cloud 合作伙伴中心。',
  },
  'zh-tw': {
    'partner-center': null,
    'us-government': null,
    // The zh-tw version names Germany: the page confirms it, nothing to qualify.
    germany: null,
    'not-sure':
      '請注意：Microsoft 的文章說明它適用於以下雲端：合作夥伴中心、美國政府適用的 Microsoft Cloud 合作夥伴中心和Microsoft Cloud 德國合作夥伴中心。',
  },
};

const QUOTE_INTRO = {
  'en-us': "From Microsoft's article:",
  'zh-cn': 'Microsoft 文章原文：',
  'zh-tw': 'Microsoft 文章原文：',
};

beforeAll(async () => {
  await loadIndex(WIZARD_ARTICLE_SLUG);
  await Promise.all(
    LOCALES.flatMap((locale) => [loadLocaleStrings(locale), loadArticle(WIZARD_ARTICLE_SLUG, locale)]),
  );
});

describe('Copy reply text', () => {
  const cases = LOCALES.flatMap((locale) =>
    pathsToOutcomes().map(
      (path) => [locale, new URLSearchParams(path.answers.map(toEntry)).toString(), path] as const,
    ),
  );
  it.for(cases)(
    'in %s for %s: speaks to the customer, with the caveat for their cloud',
    async ([locale, , path]) => {
      const cloud = path.answers.find((step) => step.question === 'cloud')?.option;
      if (!isOptionOf('cloud', cloud)) throw new Error('Every path answers the cloud');
      const article = await loadArticle(WIZARD_ARTICLE_SLUG, locale);
      const { plain } = replyIn({
        customer: locale,
        page: locale,
        article,
        outcome: path.outcome,
        cloud,
        slug: WIZARD_ARTICLE_SLUG,
        includeEnglish: false,
      });
      const [answer, ...notes] = plain.split(`\n\n${QUOTE_INTRO[locale]}`)[0]?.split('\n\n') ?? [];
      const caveat = CAVEATS[locale][cloud];
      expect(notes).toEqual(caveat === null ? [] : [caveat]);
      // "You" is the customer, "we" the partner: never "your customer", and the polite 您 in Chinese.
      expect(answer).not.toMatch(/customer|客户|客戶|你/i);
    },
  );

  it("says so when the article has no version in the customer's language, and links the one it quotes", async () => {
    const { plain } = replyIn({
      customer: 'zh-cn',
      page: 'zh-cn',
      article: await loadArticle(WIZARD_ARTICLE_SLUG, 'zh-tw'),
      outcome: OUTCOMES['microsoft-may-contact-incident'],
      cloud: 'partner-center',
      slug: WIZARD_ARTICLE_SLUG,
      includeEnglish: false,
    });
    expect(plain.split('\n\n').slice(1, 3)).toEqual([
      'Microsoft 的这篇文章没有您所用语言的版本，以下原文引自其中文（台湾）版本。',
      'Microsoft 文章原文：\n“Microsoft 可能會直接與客戶交流有關服務事件或其他操作資訊。”',
    ]);
    expect(plain).toMatch(/在文章中查看：\S+\/zh-tw\/articles\/customer-communication-from-microsoft#s-/);
  });

  it.for([
    // The en-us page warns about Germany; the zh-tw version quoted names it: the page's caveat still goes.
    ['en-us', 'zh-tw', 'zh-tw'],
    // The zh-tw page confirms Germany; the en-us version quoted does not name it: its own caveat goes.
    ['zh-tw', 'en-us', 'en-us'],
  ] as const)(
    'on a %s page, a reply to a %s customer carries a Germany caveat in the customer’s language',
    async ([page, customer, quoted]) => {
      const { plain } = replyIn({
        customer,
        page,
        article: await loadArticle(WIZARD_ARTICLE_SLUG, quoted),
        outcome: OUTCOMES['partner-contacts'],
        cloud: 'germany',
        slug: WIZARD_ARTICLE_SLUG,
        includeEnglish: false,
      });
      const notes = plain.split(`\n\n${QUOTE_INTRO[customer]}`)[0]?.split('\n\n').slice(1);
      expect(notes).toEqual([GERMANY_CAVEAT[customer]]);
    },
  );
});

const GERMANY_CAVEAT = {
  'en-us': CAVEATS['en-us'].germany,
  'zh-cn': CAVEATS['zh-cn'].germany,
  'zh-tw':
    '請注意：Microsoft 的文章並未說明它適用於「Microsoft Cloud 德國合作夥伴中心」，因此我們無法確認此回覆同樣適用於該雲端。這篇文章較早的中文（台灣）版本確實列出了該雲端，但未註明日期。',
};
