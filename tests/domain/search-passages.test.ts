// Pages published without their English original alongside (zh-cn and de-de FAQ pages, say) have no
// sentences: their headings and paragraphs are searched as passages, in their own language.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article';
import { buildSearchIndex, loadSearchIndex } from '../../src/domain/search';
import { searchDocumentsFor } from '../../src/domain/search-documents';

const text = (value: string) => [{ type: 'text' as const, value }];
const faq: Article = {
  slug: 'chip-faq',
  locale: 'zh-cn',
  title: '常见问题解答',
  description: '',
  date: null,
  dateText: null,
  translation: 'machine',
  sourceVersion: '',
  appliesTo: null,
  roles: null,
  sentences: [],
  blocks: [
    { type: 'heading', depth: 1, anchor: null, children: text('解决方案评估激励平台常见问题解答') },
    {
      type: 'heading',
      depth: 3,
      anchor: 'eligibility',
      children: text('解决方案评估奖励计划有哪些资格要求？'),
    },
    { type: 'paragraph', children: text('合作伙伴资格将每年检查一次。') },
    { type: 'paragraph', children: text('---') },
  ],
};

describe('passages of a page without sentences', () => {
  const documents = searchDocumentsFor('zh-cn', [faq], [], (value) => value);

  it('indexes each heading and paragraph with letters, in the page locale only, linked to its section', () => {
    expect(documents.map((document) => [document.texts, document.section, document.href])).toEqual([
      [{ 'zh-cn': '解决方案评估激励平台常见问题解答' }, null, '/zh-cn/articles/chip-faq'],
      [
        { 'zh-cn': '解决方案评估奖励计划有哪些资格要求？' },
        '解决方案评估奖励计划有哪些资格要求？',
        '/zh-cn/articles/chip-faq#eligibility',
      ],
      [
        { 'zh-cn': '合作伙伴资格将每年检查一次。' },
        '解决方案评估奖励计划有哪些资格要求？',
        '/zh-cn/articles/chip-faq#eligibility',
      ],
    ]);
  });

  it('finds an FAQ question by its words', () => {
    const search = loadSearchIndex(buildSearchIndex('zh-cn', ['zh-cn'], documents));
    const [first] = search.search('资格要求');
    expect(first?.text).toBe('解决方案评估奖励计划有哪些资格要求？');
    expect(first?.href).toBe('/zh-cn/articles/chip-faq#eligibility');
  });
});
