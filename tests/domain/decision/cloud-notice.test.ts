/**
 * What an outcome says about the customer's cloud, for each cloud answer and each version read, against
 * the real article: the one notice the page shows and Copy reply carries.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/domain/article';
import { cloudNoticeOf, isCaveat, type NoticeVersion } from '../../../src/domain/decision/cloud-notice';
import { CLOUD_OPTIONS } from '../../../src/domain/decision/who-contacts';
import { loadContentDir } from '../../../src/content/pipeline/load-content';

const { articles } = loadContentDir('src/content/articles');
const versions: readonly Article[] = articles.filter(
  (article: Article) => article.slug === 'customer-communication-from-microsoft',
);

describe('cloudNoticeOf', () => {
  it('gives, for each cloud and each version read, the notice the outcome shows', () => {
    const table = ['en-us', 'zh-cn', 'zh-tw'].flatMap((locale) =>
      CLOUD_OPTIONS.map((cloud) => [locale, cloud, cloudNoticeOf(cloud, locale, versions)]),
    );
    const both = ['partner-center', 'us-government'];
    const olderZhTw = [{ locale: 'zh-tw', date: null, earlier: true }];
    expect(table).toEqual([
      ['en-us', 'partner-center', { kind: 'listed', cloud: 'partner-center' }],
      ['en-us', 'us-government', { kind: 'listed', cloud: 'us-government' }],
      ['en-us', 'germany', { kind: 'not-listed', cloud: 'germany', listedIn: olderZhTw }],
      ['en-us', 'not-sure', { kind: 'not-sure', clouds: both }],
      ['zh-cn', 'partner-center', { kind: 'listed', cloud: 'partner-center' }],
      ['zh-cn', 'us-government', { kind: 'listed', cloud: 'us-government' }],
      ['zh-cn', 'germany', { kind: 'not-listed', cloud: 'germany', listedIn: olderZhTw }],
      ['zh-cn', 'not-sure', { kind: 'not-sure', clouds: both }],
      ['zh-tw', 'partner-center', { kind: 'listed', cloud: 'partner-center' }],
      ['zh-tw', 'us-government', { kind: 'listed', cloud: 'us-government' }],
      ['zh-tw', 'germany', { kind: 'listed', cloud: 'germany' }],
      ['zh-tw', 'not-sure', { kind: 'not-sure', clouds: [...both, 'germany'] }],
    ]);
  });

  it('counts a missing cloud as a caveat and a listed one as a confirmation', () => {
    expect(isCaveat(cloudNoticeOf('germany', 'en-us', versions))).toBe(true);
    expect(isCaveat(cloudNoticeOf('not-sure', 'en-us', versions))).toBe(true);
    expect(isCaveat(cloudNoticeOf('germany', 'zh-tw', versions))).toBe(false);
    expect(isCaveat(null)).toBe(false);
  });

  const version = (locale: string, english: string[] | null, date: string | null): NoticeVersion => ({
    locale,
    date,
    sourceVersion: date ?? 'undated',
    appliesTo:
      english === null
        ? null
        : { label: 'Applies to', values: english.map((value) => ({ text: value, english: value })) },
    roles: null,
  });

  it('says nothing without a cloud, without a version read, or when the version names no cloud at all', () => {
    const unlisted = [version('en-us', null, '2020-07-10')];
    expect(cloudNoticeOf(undefined, 'en-us', versions)).toBeNull();
    expect(cloudNoticeOf('germany', undefined, versions)).toBeNull();
    expect(cloudNoticeOf('germany', 'en-us', unlisted)).toBeNull();
    expect(cloudNoticeOf('not-sure', 'en-us', unlisted)).toBeNull();
  });

  it('names a newer dated version that lists the cloud, and says when none does', () => {
    const newer = [
      version('en-us', ['Partner Center'], '2020-07-10'),
      version('de-de', ['Partner Center for Microsoft Cloud Germany'], '2021-01-01'),
    ];
    expect(cloudNoticeOf('germany', 'en-us', newer)).toEqual({
      kind: 'not-listed',
      cloud: 'germany',
      listedIn: [{ locale: 'de-de', date: '2021-01-01', earlier: false }],
    });
    expect(cloudNoticeOf('us-government', 'en-us', newer)).toEqual({
      kind: 'not-listed',
      cloud: 'us-government',
      listedIn: [],
    });
  });
});
