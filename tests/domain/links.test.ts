import { describe, expect, it } from 'vitest';
import { resolveArticleLink } from '../../src/domain/links';

const context = { locale: 'zh-tw', knownSlugs: ['customer-communication-from-microsoft'] };

describe('resolveArticleLink', () => {
  it('keeps links to articles of this help center inside it', () => {
    expect(resolveArticleLink('customer-communication-from-microsoft.md#next-steps', context)).toEqual({
      kind: 'internal',
      slug: 'customer-communication-from-microsoft',
      hash: '#next-steps',
    });
  });

  it('sends other articles to Microsoft Learn in the same locale', () => {
    expect(resolveArticleLink('customer-self-support.md', context)).toEqual({
      kind: 'external',
      url: 'https://learn.microsoft.com/zh-tw/partner-center/customer-self-support',
    });
    expect(resolveArticleLink('../marketplace/overview.md', context)).toEqual({
      kind: 'external',
      url: 'https://learn.microsoft.com/zh-tw/marketplace/overview',
    });
  });

  it('puts site-relative Learn paths under the locale', () => {
    expect(resolveArticleLink('/azure/cost-management/', context)).toEqual({
      kind: 'external',
      url: 'https://learn.microsoft.com/zh-tw/azure/cost-management/',
    });
  });

  it('makes mailto: and tel: links contact links, whatever their case', () => {
    expect(resolveArticleLink('mailto:widgets@example.com', context)).toEqual({
      kind: 'contact',
      url: 'mailto:widgets@example.com',
    });
    expect(resolveArticleLink('TEL:+15550100', context)).toEqual({ kind: 'contact', url: 'tel:+15550100' });
  });

  it('keeps absolute links and fragments as written', () => {
    expect(resolveArticleLink('https://aka.ms/partnercenter', context)).toEqual({
      kind: 'external',
      url: 'https://aka.ms/partnercenter',
    });
    expect(resolveArticleLink('#next-steps', context)).toEqual({ kind: 'fragment', id: 'next-steps' });
  });

  it('refuses script and data URLs', () => {
    expect(resolveArticleLink('javascript:alert(1)', context)).toEqual({ kind: 'none' });
    expect(resolveArticleLink(' JaVaScRiPt:alert(1)', context)).toEqual({ kind: 'none' });
    expect(resolveArticleLink('data:text/html,<b>x</b>', context)).toEqual({ kind: 'none' });
  });
});
