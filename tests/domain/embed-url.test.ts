import { describe, expect, it } from 'vitest';
import { CITED_SENTENCES } from '../../src/domain/decision/cited-sentences';
import { embedPath, embedVariants, keepEmbedMode } from '../../src/domain/embed-url';
import { embedModeOf } from '../../src/domain/url-input/embed-mode';
import { sentenceAnchorId } from '../../src/domain/sentence-key';

describe('embed URLs', () => {
  it('name the page, the answers or filter, embed mode and the theme, in the order pages are prerendered', () => {
    expect(
      embedPath({
        locale: 'zh-tw',
        page: 'wizard',
        cloud: 'germany',
        answers: { topic: 'non-csp', relationship: 'yes' },
        theme: 'dark',
      }),
    ).toBe('/zh-tw/who-contacts-my-customer?cloud=germany&topic=non-csp&relationship=yes&embed=1&theme=dark');
    expect(
      embedPath({ page: 'article', cloud: 'germany', role: 'helpdesk-agent', sentence: 's-0123abcd' }),
    ).toBe(
      '/en-us/articles/customer-communication-from-microsoft?cloud=germany&role=helpdesk-agent&embed=1#s-0123abcd',
    );
    expect(embedPath({})).toBe('/en-us/?embed=1');
  });

  it('turn a cited sentence key into its anchor', () => {
    const key = CITED_SENTENCES.serviceIncidents;
    expect(embedPath({ page: 'article', sentence: key })).toMatch(new RegExp(`#${sentenceAnchorId(key)}$`));
  });

  it('fall back to defaults for a malformed locale, page, slug or theme, and escape values', () => {
    expect(embedPath({ locale: '../x', page: 'admin' as never, theme: 'pink' as never })).toBe(
      '/en-us/?embed=1',
    );
    expect(embedPath({ page: 'article', article: '../../etc' })).toBe(
      '/en-us/articles/customer-communication-from-microsoft?embed=1',
    );
    expect(embedPath({ cloud: '<b>&x=1' })).toBe('/en-us/?cloud=%3Cb%3E%26x%3D1&embed=1');
  });

  it('read embed mode only from embed=1, and the theme only with it', () => {
    expect(embedModeOf('?cloud=x&embed=1&theme=dark')).toEqual({ embedded: true, theme: 'dark' });
    expect(embedModeOf('?embed=1&theme=blue')).toEqual({ embedded: true, theme: null });
    expect(embedModeOf('?embed=true&theme=dark')).toEqual({ embedded: false, theme: null });
  });

  it('keep embed mode on every navigation made inside it, after the page own parameters', () => {
    const mode = { embedded: true, theme: 'light' } as const;
    expect(keepEmbedMode('?cloud=germany', mode)).toBe('?cloud=germany&embed=1&theme=light');
    expect(keepEmbedMode('', mode)).toBe('?embed=1&theme=light');
    expect(keepEmbedMode('?theme=dark&embed=0&topic=x', mode)).toBe('?topic=x&embed=1&theme=light');
    expect(keepEmbedMode('?cloud=germany', { embedded: false, theme: null })).toBe('?cloud=germany');
  });

  it('prerender every page in embed mode, with each theme', () => {
    expect(embedVariants('')).toEqual(['?embed=1', '?embed=1&theme=light', '?embed=1&theme=dark']);
    expect(embedVariants('?cloud=germany')).toEqual([
      '?cloud=germany&embed=1',
      '?cloud=germany&embed=1&theme=light',
      '?cloud=germany&embed=1&theme=dark',
    ]);
  });
});
