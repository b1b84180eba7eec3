/**
 * The decision module against the real article: every sentence an outcome cites must exist in every
 * locale's version (so the UI can quote and link it whichever locale is read), and the wizard's clouds and
 * caveats must agree with what the versions' applies-to lines actually say.
 */
import { evaluate } from '../../../src/domain/decision/evaluate';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/domain/article';
import { filterValuesOf, listedCloudIdsOf, matchArticle } from '../../../src/domain/applies-to';
import { isEarlierVersion } from '../../../src/domain/article-versions';
import {
  CLOUD_OPTIONS,
  OUTCOMES,
  OUTCOME_IDS,
  cloudCoverage,
} from '../../../src/domain/decision/who-contacts';
import { loadContentDir } from '../../../src/content/pipeline/load-content';

const SLUG = 'customer-communication-from-microsoft';
const LOCALES = ['en-us', 'zh-cn', 'zh-tw'] as const;

const { articles } = loadContentDir('src/content/articles');
const versions: readonly Article[] = articles.filter((article: Article) => article.slug === SLUG);

function versionOf(locale: string): Article {
  const version = versions.find((article) => article.locale === locale);
  if (!version) throw new Error(`No ${locale} version of ${SLUG}`);
  return version;
}

describe(`outcome citations in "${SLUG}"`, () => {
  it('has an en-us, a zh-cn and a zh-tw version', () => {
    expect(versions.map((article) => article.locale).sort()).toEqual([...LOCALES]);
  });

  describe.each(LOCALES)('the %s version', (locale) => {
    it.each(OUTCOME_IDS)('contains every sentence the outcome %s cites', (id) => {
      const keys = new Set(versionOf(locale).sentences.map((sentence) => sentence.key));
      const missing = OUTCOMES[id].cites.filter((key) => !keys.has(key));
      expect(missing, `cited by ${id} but not a sentence of ${locale}`).toEqual([]);
    });
  });
});

describe(`the wizard's clouds and "${SLUG}"`, () => {
  it('offers exactly the clouds some version of the article lists, plus not-sure', () => {
    const listed = filterValuesOf(versions).clouds;
    expect(CLOUD_OPTIONS.filter((option) => option !== 'not-sure').sort()).toEqual([...listed].sort());
  });

  it('says zh-cn and en-us do not list Germany while zh-tw does', () => {
    expect(cloudCoverage('germany', listedCloudIdsOf(versionOf('zh-cn')))).toBe('not-listed');
    expect(cloudCoverage('germany', listedCloudIdsOf(versionOf('en-us')))).toBe('not-listed');
    expect(cloudCoverage('germany', listedCloudIdsOf(versionOf('zh-tw')))).toBe('listed');
  });

  it('says every version lists Partner Center and US Government', () => {
    for (const locale of LOCALES) {
      const listed = listedCloudIdsOf(versionOf(locale));
      expect(cloudCoverage('partner-center', listed)).toBe('listed');
      expect(cloudCoverage('us-government', listed)).toBe('listed');
    }
  });

  it('puts the Germany caveat on the outcome when reading zh-cn', () => {
    const { step } = evaluate(
      { cloud: 'germany', topic: 'subscription' },
      listedCloudIdsOf(versionOf('zh-cn')),
    );
    expect(step.kind === 'outcome' && step.cloudCaveat).toBe('not-listed');
  });

  it('points a zh-cn reader filtering on Germany to the zh-tw version only', () => {
    expect(matchArticle(versions, 'zh-cn', { cloud: 'germany', role: null })).toMatchObject({
      cloud: 'not-listed',
      otherLocalesListing: ['zh-tw'],
    });
  });

  it('says the helpdesk agent role is listed by zh-cn and en-us but not by zh-tw', () => {
    const filter = { cloud: null, role: 'helpdesk-agent' };
    expect(matchArticle(versions, 'zh-cn', filter).role).toBe('listed');
    expect(matchArticle(versions, 'en-us', filter).role).toBe('listed');
    expect(matchArticle(versions, 'zh-tw', filter)).toMatchObject({
      role: 'not-listed',
      otherLocalesListing: ['en-us', 'zh-cn'],
    });
  });

  it('marks only zh-tw as an earlier version', () => {
    const earlier = LOCALES.filter((locale) => isEarlierVersion(versionOf(locale), versions));
    expect(earlier).toEqual(['zh-tw']);
  });
});
