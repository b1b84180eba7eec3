/**
 * The project's real article sources, through the whole pipeline.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/domain/article';
import { formatProblem, type ContentProblem } from '../../../src/content/pipeline/content-problem';
import { loadContentDir } from '../../../src/content/pipeline/load-content';
import { parseArticleSource } from '../../../src/content/pipeline/parse-article';

const SLUG = 'customer-communication-from-microsoft';
const content = loadContentDir('src/content/articles');

function version(locale: string): Article {
  const article = content.articles.find(
    (candidate) => candidate.slug === SLUG && candidate.locale === locale,
  );
  if (!article) throw new Error(`no ${locale} version of ${SLUG}`);
  return article;
}

const BODY_SENTENCE_KEYS = [
  'In general, we expect all communications with the customer to come from the Cloud Solution Provider partner.',
  'Because you own the customer billing relationship, Microsoft will not send communications directly to your customers related to their subscriptions.',
  'Microsoft may communicate directly with customers about service incidents or other operational information.',
  'For customers that already have existing commercial relationships with Microsoft, Microsoft will continue to communicate directly with them about their non-CSP products and services.',
];

describe(`the ${SLUG} sources`, () => {
  it('load as zh-cn and zh-tw plus a generated en-us', () => {
    expect(content.slugs).toContain(SLUG);
    expect(
      content.articles.filter((article) => article.slug === SLUG).map((article) => article.locale),
    ).toEqual(['en-us', 'zh-cn', 'zh-tw']);
  });

  describe('zh-cn', () => {
    const zhCn = version('zh-cn');

    it('has its nine segments as sentences', () => {
      expect(zhCn.sentences).toHaveLength(9);
      expect(zhCn.sentences[0]?.key).toBe('Guidelines for successful customer communication with Microsoft');
    });

    it('reads its front matter', () => {
      expect(zhCn).toMatchObject({
        title: '来自 Microsoft 的客户通讯',
        date: '2020-07-10',
        translation: 'machine',
        sourceVersion: '407b133d37d3f1c3ca46c8a9c15b3a75e93f2922',
      });
    });

    it('applies to Partner Center and the US Government cloud, for helpdesk agents', () => {
      expect(zhCn.appliesTo?.values.map((value) => value.english)).toEqual([
        'Partner Center',
        'Partner Center for Microsoft Cloud for US Government',
      ]);
      expect(zhCn.appliesTo?.label).toBe('适用于');
      expect(zhCn.roles?.values.map((value) => value.english)).toEqual(['Helpdesk agent']);
    });
  });

  describe('zh-tw', () => {
    const zhTw = version('zh-tw');

    it('lists three clouds, Germany included, and no roles', () => {
      expect(zhTw.appliesTo?.values.map((value) => value.english)).toEqual([
        'Partner Center',
        'Partner Center for Microsoft Cloud for US Government',
        'Partner Center for Microsoft Cloud Germany',
      ]);
      expect(zhTw.roles).toBeNull();
    });

    it('is an undated human translation with the old title suffix removed', () => {
      expect(zhTw.date).toBeNull();
      expect(zhTw.translation).toBe('human');
      expect(zhTw.title).toBe('Microsoft 的客戶通訊');
    });
  });

  it('shares the four body sentence keys between zh-cn and zh-tw', () => {
    for (const locale of ['zh-cn', 'zh-tw']) {
      expect(version(locale).sentences.map((sentence) => sentence.key)).toEqual(
        expect.arrayContaining(BODY_SENTENCE_KEYS),
      );
    }
  });

  describe('en-us', () => {
    const english = version('en-us');
    const zhCn = version('zh-cn');

    it('is generated from zh-cn, the newest source', () => {
      expect(english.translation).toBe('original');
      expect(english.sourceVersion).toBe(zhCn.sourceVersion);
      expect(english.date).toBe(zhCn.date);
      expect(english.title).toBe('Guidelines for successful customer communication with Microsoft');
    });

    it('reads the English originals', () => {
      expect(english.sentences).toEqual(
        zhCn.sentences.map(({ key, english: original }) => ({ key, text: original, english: original })),
      );
      expect(english.appliesTo).toEqual({
        label: 'Applies to',
        values: [
          { english: 'Partner Center', text: 'Partner Center' },
          {
            english: 'Partner Center for Microsoft Cloud for US Government',
            text: 'Partner Center for Microsoft Cloud for US Government',
          },
        ],
      });
      expect(english.description).toBe(`${BODY_SENTENCE_KEYS[0]} ${BODY_SENTENCE_KEYS[1]}`);
    });
  });

  it('contains no raw sxs markup', () => {
    expect(JSON.stringify(content.articles)).not.toMatch(/<span|sxs-lookup|data-ttu-id/);
  });
});

describe('the project’s own sources', () => {
  it.each(['zh-cn', 'zh-tw'])('%s parses with no warning', (locale) => {
    const file = `src/content/articles/${SLUG}/${locale}.md`;
    const problems: ContentProblem[] = [];
    parseArticleSource(readFileSync(file, 'utf8'), {
      slug: SLUG,
      locale,
      file,
      report: (p) => problems.push(p),
    });
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
