import { describe, expect, it } from 'vitest';
import { placesOf, type NavNode } from '../../src/domain/navigation';

const article = (name: string, slug: string, items: NavNode[] = []): NavNode => ({
  name,
  target: { kind: 'article', slug },
  items,
});
const section = (name: string, items: NavNode[]): NavNode => ({ name, target: { kind: 'none' }, items });

describe('an article’s place in a table of contents', () => {
  const tree = [
    article('Overview', 'overview'),
    section('Billing', [
      article('Basics', 'billing-basics', [article('Invoice', 'invoice')]),
      { name: 'Elsewhere', target: { kind: 'external', url: 'https://learn.microsoft.com/x' }, items: [] },
      article('Overview again', 'overview'),
      article('Payout', 'payout'),
    ]),
  ];
  const places = placesOf(tree, 'de-de');

  it('names the section a section’s own page opens, and links it in its pages’ trails', () => {
    expect(places.get('invoice')?.trail).toEqual([
      { name: 'Billing', lang: 'de-de', slug: null },
      { name: 'Basics', lang: 'de-de', slug: 'billing-basics' },
    ]);
    expect(places.get('billing-basics')?.next?.slug).toBe('invoice');
  });

  it('takes an article named twice at its first entry, and skips links that are not articles', () => {
    expect(places.get('overview')).toEqual({
      trail: [],
      previous: null,
      next: { slug: 'billing-basics', name: 'Basics', lang: 'de-de' },
    });
    expect(places.get('payout')?.previous).toEqual({
      slug: 'overview',
      name: 'Overview again',
      lang: 'de-de',
    });
  });

  it('keeps the language an entry is in', () => {
    const mixed = placesOf(
      [article('What is Partner Center?', 'a'), { ...article('Become a partner', 'b'), lang: 'en-us' }],
      'zh-tw',
    );
    expect(mixed.get('a')?.next).toEqual({ slug: 'b', name: 'Become a partner', lang: 'en-us' });
  });
});
