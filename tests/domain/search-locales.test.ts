// Which languages each page locale's index holds: every sentence in every locale made each index grow with
// the number of locales (seventeen locales: each sentence eighteen times in every index).
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article';
import { searchDocumentsFor, searchLocalesOf } from '../../src/domain/search-documents';
import { loadContentDir } from '../../src/content/pipeline/load-content';

const { articles } = loadContentDir('src/content/articles');
// The zh-cn version again under two more locale names: the same sentences, as a translation would have.
const more = (locale: string): Article[] =>
  articles.filter((article) => article.locale === 'zh-cn').map((article) => ({ ...article, locale }));
const all = [...articles, ...more('de-de'), ...more('fr-fr')];
const localesIn = (pageLocale: string) =>
  new Set(searchDocumentsFor(pageLocale, all, [], (text) => text).flatMap((doc) => Object.keys(doc.texts)));

describe('the locales a page locale searches', () => {
  it('a translation searches its own text and the English original, not the other translations', () => {
    expect([...localesIn('de-de')].sort()).toEqual(['de-de', 'en-us']);
    expect([...localesIn('fr-fr')].sort()).toEqual(['en-us', 'fr-fr']);
  });

  it('Chinese searches both scripts’ translations and English', () => {
    expect([...localesIn('zh-cn')].sort()).toEqual(['en-us', 'zh-cn', 'zh-tw']);
    expect([...localesIn('zh-tw')].sort()).toEqual(['en-us', 'zh-cn', 'zh-tw']);
  });

  it('English also searches the locales with a UI of their own, so a question pasted in Chinese finds its sentence', () => {
    const locales = ['de-de', 'en-us', 'fr-fr', 'zh-cn', 'zh-tw'];
    const searched = searchLocalesOf('en-us', locales, ['en-us', 'zh-cn', 'zh-tw']);
    expect(searched).toEqual(['en-us', 'zh-cn', 'zh-tw']);
    const documents = searchDocumentsFor('en-us', all, [], (text) => text, [], searched);
    const held = new Set(documents.flatMap((doc) => Object.keys(doc.texts)));
    expect([...held].sort()).toEqual(['en-us', 'zh-cn', 'zh-tw']);
    // A German page still finds its own sentences and their English originals.
    expect(searchLocalesOf('de-de', locales, ['en-us', 'zh-cn', 'zh-tw'])).toEqual(['de-de', 'en-us']);
  });

  it('the texts all indexes hold grow with the locales, not with their square', () => {
    const textsAt = (count: number) => {
      const names = Array.from({ length: count }, (_, index) => `x${index}-zz`);
      const set = [...articles, ...names.flatMap(more)];
      const locales = [...new Set(set.map((article) => article.locale))];
      return locales
        .flatMap((locale) => searchDocumentsFor(locale, set, [], (text) => text))
        .reduce((sum, doc) => sum + Object.keys(doc.texts).length, 0);
    };
    const [at4, at8, at16] = [textsAt(4), textsAt(8), textsAt(16)];
    // Linear: each step of four more locales adds the same number of texts.
    expect(at16 - at8).toBe(2 * (at8 - at4));
    expect(searchLocalesOf('x1-zz', ['en-us', 'x0-zz', 'x1-zz', 'zh-cn'])).toEqual(['en-us', 'x1-zz']);
  });
});
