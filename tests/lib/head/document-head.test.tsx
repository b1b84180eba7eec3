import { render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentHead, headHtml, type HeadData } from '../../../src/lib/head/document-head';

const english: HeadData = {
  title: 'Customer communication | Help center',
  lang: 'en-US',
  description: 'Who talks to the customer.',
  canonicalPath: '/en-us/articles/a',
  alternates: [
    { hrefLang: 'en-US', path: '/en-us/articles/a' },
    { hrefLang: 'zh-CN', path: '/zh-cn/articles/a' },
  ],
};
const chinese: HeadData = {
  ...english,
  title: '客户通信 | 帮助中心',
  lang: 'zh-CN',
  canonicalPath: '/zh-cn/articles/a',
};

const alternateLinks = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="alternate"]')];

afterEach(() => {
  document.head.innerHTML = '';
  document.title = '';
});

describe('DocumentHead', () => {
  it('sets the page’s language with the page, and its title, description and links right after', async () => {
    const { rerender } = render(<DocumentHead {...english} />);
    expect(document.documentElement.lang).toBe('en-US');
    await waitFor(() => expect(document.title).toBe(english.title));
    expect(document.head.querySelector('meta[name="description"]')).toHaveAttribute(
      'content',
      english.description,
    );
    expect(document.head.querySelector('link[rel="canonical"]')).toHaveAttribute(
      'href',
      'http://127.0.0.1:4173/en-us/articles/a',
    );
    const links = alternateLinks();
    expect(links.map((link) => [link.hreflang, link.getAttribute('href')])).toEqual([
      ['en-US', 'http://127.0.0.1:4173/en-us/articles/a'],
      ['zh-CN', 'http://127.0.0.1:4173/zh-cn/articles/a'],
    ]);

    rerender(<DocumentHead {...chinese} />);
    expect(document.documentElement.lang).toBe('zh-CN');
    await waitFor(() => expect(document.title).toBe(chinese.title));
    expect(document.head.querySelector('link[rel="canonical"]')).toHaveAttribute(
      'href',
      'http://127.0.0.1:4173/zh-cn/articles/a',
    );
    // The same elements, changed in place: adding or removing links makes browsers reload the icons.
    expect(alternateLinks()).toEqual(links);
  });

  it('adds and removes alternates as the versions of a page differ', async () => {
    const { rerender } = render(<DocumentHead {...english} />);
    await waitFor(() => expect(alternateLinks()).toHaveLength(2));
    rerender(<DocumentHead {...english} alternates={[{ hrefLang: 'zh-TW', path: '/zh-tw/articles/a' }]} />);
    await waitFor(() => expect(alternateLinks().map((link) => link.hreflang)).toEqual(['zh-TW']));
  });

  it('writes only the last of quick changes', async () => {
    const { rerender } = render(<DocumentHead {...english} />);
    rerender(<DocumentHead {...chinese} />);
    await waitFor(() => expect(document.title).toBe(chinese.title));
    // Asserts that nothing happens: a write of the first change left queued would land by now.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.title).toBe(chinese.title);
  });
});

describe('headHtml', () => {
  it('escapes what comes from content files', () => {
    const html = headHtml({ ...english, title: '<script>alert(1)</script> & "x"' });
    expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</title>');
    expect(html).not.toContain('<script>');
  });
});
