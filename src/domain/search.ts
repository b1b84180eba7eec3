/**
 * Sentence search for helpdesk agents: one MiniSearch index per page locale, built at build time over every
 * article sentence and wizard outcome, holding each sentence in every locale the site has (the same
 * sentence key aligns them), so an English query on a zh-cn page finds the zh-cn sentence through its
 * English original, and a Chinese query on an en-us page finds the English one.
 *
 * MiniSearch has no word segmentation for Chinese: words come from `Intl.Segmenter` (ICU's dictionary
 * segmenter), the same in Node at build time and in the browser. No React, no DOM.
 */
import MiniSearch, {
  type AsPlainObject,
  type Options,
  type SearchOptions,
  type SearchResult,
} from 'minisearch';
import type { LocaleId } from './article';
import { highlight, type HighlightSegment } from './search-highlight';
import { MAX_HITS, MAX_QUERY_LENGTH } from './search-limits';
import { askQuestion, questionOptionsFor } from './search-ask';
import { planQuery, queryWordsOf, wordsOf } from './search-question';

export type SearchKind = 'article' | 'outcome';

/** One searchable sentence as a page locale shows it. */
export interface SearchDocument {
  id: string;
  kind: SearchKind;
  /** The article's heading or the outcome's title, in the page locale. */
  title: string;
  /** The section heading the sentence sits under (page locale), or null for the title and outcomes. */
  section: string | null;
  /** Site-relative URL that opens the sentence (`/<locale>/articles/<slug>#s-…`) or the outcome. */
  href: string;
  /** The sentence in each locale it exists in; the page locale's entry is what the result shows. */
  texts: Record<LocaleId, string>;
  /**
   * The same texts in the other Chinese script (built with OpenCC at build time), so 服務 finds 服务:
   * searched, positions mapped back onto `texts` for highlighting. Only the locales where it differs.
   */
  variants: Record<LocaleId, string>;
  /**
   * An outcome's title and the wizard's topic it answers, with its examples, in every locale ("a renewal,
   * an invoice or a price change"): what a question about it names, though its explanation does not.
   */
  about?: LocalizedTexts;
  /** An outcome's article sentences (their document ids), the most specific first. */
  cites?: string[];
}

/** Texts by locale, with the other Chinese script's where it differs (see `variants`). */
export interface LocalizedTexts {
  texts: Record<LocaleId, string>;
  variants: Record<LocaleId, string>;
}

/** The article sentence a wizard outcome rests on, in the page locale. */
export interface RestingSentence {
  text: string;
  /** Opens the sentence highlighted in the article. */
  href: string;
}

/** What the build writes for one page locale and the browser loads lazily. */
export interface SerializedSearchIndex {
  locale: LocaleId;
  /** Every locale a document may hold text in (the index's field names derive from it). */
  locales: LocaleId[];
  /** `JSON.stringify(miniSearch)`. */
  index: string;
}

export interface SearchHit {
  id: string;
  kind: SearchKind;
  title: string;
  section: string | null;
  href: string;
  /** The sentence in the page locale. */
  text: string;
  /** The locale whose text the query matched (the page locale when it matched there too). */
  matchedLocale: LocaleId;
  /** The matched locale's sentence split into marked and unmarked runs. */
  highlighted: HighlightSegment[];
  /** For an outcome: the sentence it rests on that fits the query best. */
  restsOn: RestingSentence | null;
}

const VARIANT_PREFIX = '~';
/** Fields of what an outcome is about (its title, the wizard's topic and examples): searched, never shown. */
const ABOUT_PREFIX = '@';
const STORED_FIELDS = ['kind', 'title', 'section', 'href', 'texts', 'variants', 'cites'] as const;

const HAN = /\p{Script=Han}/u;
const localeOfField = (field: string): LocaleId =>
  field.replace(VARIANT_PREFIX, '').replace(ABOUT_PREFIX, '');
const languageOfField = (field: string | undefined): string =>
  field === undefined ? 'zh' : localeOfField(field).split('-')[0] || 'en';
const lowercase = (term: string) => term.toLocaleLowerCase('en-US');

/**
 * Typo tolerance: Latin words of five letters or more allow a quarter of their length in edits
 * ("subscriptoin" → "subscriptions"); a Chinese word of two characters or more allows one, which also
 * bridges variant characters the script conversion keeps apart (账单 / 帐单).
 */
function fuzzinessOf(term: string): number | false {
  if (HAN.test(term)) return term.length >= 2 ? 1 : false;
  return term.length >= 5 ? 0.25 : false;
}

/** Each locale's text, its other script, and the same two of what an outcome is about. */
function fieldsOf(locales: readonly LocaleId[]): string[] {
  const texts = [...locales, ...locales.map((locale) => VARIANT_PREFIX + locale)];
  return [...texts, ...texts.map((field) => ABOUT_PREFIX + field)];
}

function optionsFor(locales: readonly LocaleId[], pageLocale: LocaleId): Options<SearchDocument> {
  return {
    fields: fieldsOf(locales),
    storeFields: [...STORED_FIELDS],
    extractField: (document, field) => {
      const about = field.startsWith(ABOUT_PREFIX);
      const name = about ? field.slice(ABOUT_PREFIX.length) : field;
      const source = about ? document.about : document;
      if (source === undefined) return '';
      if (name.startsWith(VARIANT_PREFIX)) return source.variants[name.slice(1)] ?? '';
      if (locales.includes(name)) return source.texts[name] ?? '';
      return (document as unknown as Record<string, unknown>)[field] as string;
    },
    tokenize: (text, field) => wordsOf(text, languageOfField(field)),
    processTerm: lowercase,
    searchOptions: {
      // Keywords search the texts only, as they always have; what an outcome is about serves questions.
      fields: fieldsOf(locales).filter((field) => !field.startsWith(ABOUT_PREFIX)),
      // The page's own language ranks first when a word matches in several.
      boost: { [pageLocale]: 2 },
      // The last word is still being typed: as a prefix even when it is one letter ("service i"), so the
      // list does not flash empty between keystrokes.
      prefix: (term, index, terms) => index === terms.length - 1 || term.length >= 2 || HAN.test(term),
      fuzzy: fuzzinessOf,
      combineWith: 'AND',
      tokenize: queryWordsOf,
    } satisfies SearchOptions,
  };
}

export function buildSearchIndex(
  pageLocale: LocaleId,
  locales: readonly LocaleId[],
  documents: readonly SearchDocument[],
): SerializedSearchIndex {
  const miniSearch = new MiniSearch<SearchDocument>(optionsFor(locales, pageLocale));
  miniSearch.addAll(documents);
  return { locale: pageLocale, locales: [...locales], index: JSON.stringify(miniSearch) };
}

/** A document's stored fields, as a result shows them. */
export interface StoredDocument {
  id: string;
  kind: SearchKind;
  title: string;
  section: string | null;
  href: string;
  texts: Record<LocaleId, string>;
  variants: Record<LocaleId, string>;
  cites?: string[];
}

export interface SentenceSearch {
  locale: LocaleId;
  /** The best `limit` hits (at most MAX_HITS): only those are highlighted. */
  search: (query: string, limit?: number) => SearchHit[];
  /**
   * Resolves once `search(query, limit)` has all it needs (a sharded index fetches the parts it lacks);
   * null when it has them already.
   */
  prepare: (query: string, limit?: number) => Promise<void> | null;
}

/** Where the engine reads an index from: the whole of it, or the shards loaded so far (./search-sharded.ts). */
export interface SearchSource {
  miniSearch: () => MiniSearch<SearchDocument>;
  /** A result's stored fields; undefined while they are not loaded. */
  stored: (result: SearchResult) => StoredDocument | undefined;
  /** A document's stored fields by its id (an outcome's resting sentence). */
  storedById: (id: string) => StoredDocument | undefined;
}

export function loadSearchIndex(serialized: SerializedSearchIndex): SentenceSearch {
  const { locale, locales } = serialized;
  const miniSearch = MiniSearch.loadJSON<SearchDocument>(serialized.index, optionsFor(locales, locale));
  const storedById = (id: string) => {
    const stored = miniSearch.getStoredFields(id);
    return stored ? ({ id, ...stored } as unknown as StoredDocument) : undefined;
  };
  return sentenceSearchOver(locale, locales, {
    miniSearch: () => miniSearch,
    stored: (result) => result as unknown as StoredDocument,
    storedById,
  });
}

/** A MiniSearch of this index's options over a serialized plain object (whole or partial). */
export function miniSearchOf(
  plain: AsPlainObject,
  locales: readonly LocaleId[],
  pageLocale: LocaleId,
): MiniSearch<SearchDocument> {
  return MiniSearch.loadJS<SearchDocument>(plain, optionsFor(locales, pageLocale));
}

/** The words a query is searched on, lowercased as the index holds them: keywords, then a question's concepts. */
export function queryTermsOf(query: string): { keywords: string[]; concepts: string[] } {
  const trimmed = query.slice(0, MAX_QUERY_LENGTH).trim();
  const plan = planQuery(trimmed);
  return {
    keywords: queryWordsOf(trimmed).map(lowercase),
    concepts: plan.concepts.flat().map(lowercase),
  };
}

export function sentenceSearchOver(
  locale: LocaleId,
  locales: readonly LocaleId[],
  source: SearchSource,
  prepare: SentenceSearch['prepare'] = () => null,
): SentenceSearch & { results: (query: string) => SearchResult[] } {
  const questionOptions = questionOptionsFor(
    fieldsOf(locales),
    (field) => field.startsWith(ABOUT_PREFIX),
    (field) => localeOfField(field) === locale,
    fuzzinessOf,
  );

  /**
   * Keywords must all match, as agents expect of a search field. A question (or keywords that found
   * nothing together) is searched on any of its concepts, and led by the wizard answer that fits it best.
   */
  const search = (miniSearch: MiniSearch<SearchDocument>, query: string): SearchResult[] => {
    const plan = planQuery(query);
    if (!plan.question) {
      const results = miniSearch.search(query);
      if (results.length > 0 || plan.concepts.length < 2) return results;
    }
    if (plan.concepts.length === 0) return [];
    return askQuestion((q) => miniSearch.search(q, questionOptions), plan, miniSearch.documentCount);
  };
  // A sharded index asks for a query's results before showing them: the same query is searched once.
  let last: { miniSearch: MiniSearch<SearchDocument>; query: string; results: SearchResult[] } | null = null;
  const resultsOf = (query: string): SearchResult[] => {
    const miniSearch = source.miniSearch();
    if (last?.miniSearch !== miniSearch || last.query !== query)
      last = { miniSearch, query, results: search(miniSearch, query) };
    return last.results;
  };

  /** The most specific sentence an outcome rests on (the build lists them so), in the page locale. */
  const restingSentenceOf = (stored: StoredDocument): RestingSentence | null => {
    const [cited] = stored.cites ?? [];
    const sentence = cited === undefined ? undefined : source.storedById(cited);
    const text = sentence?.texts[locale];
    return sentence && text ? { text, href: sentence.href } : null;
  };

  return {
    locale,
    prepare,
    results: resultsOf,
    search: (query, limit = MAX_HITS) => {
      const trimmed = query.slice(0, MAX_QUERY_LENGTH).trim();
      if (!trimmed) return [];
      return resultsOf(trimmed)
        .slice(0, Math.min(limit, MAX_HITS))
        .flatMap((result) => {
          const stored = source.stored(result);
          if (!stored) return [];
          const restsOn = stored.kind === 'outcome' ? restingSentenceOf(stored) : null;
          return [hitOf(result, stored, locale, restsOn)];
        });
    },
  };
}

function hitOf(
  result: SearchResult,
  stored: StoredDocument,
  pageLocale: LocaleId,
  restsOn: RestingSentence | null,
): SearchHit {
  const { texts, variants } = stored;
  // What an outcome is about is searched, not shown: a match there shows the page locale's text.
  const fields = Object.values(result.match)
    .flat()
    .filter((field) => !field.startsWith(ABOUT_PREFIX));
  const matchedField = fields.includes(pageLocale)
    ? pageLocale
    : (fields.find((field) => !field.startsWith(VARIANT_PREFIX)) ?? fields[0] ?? pageLocale);
  const matchedLocale = matchedField.replace(VARIANT_PREFIX, '');
  const viaVariant = matchedField.startsWith(VARIANT_PREFIX);
  const shown = texts[matchedLocale] ?? '';
  return {
    id: String(stored.id),
    kind: stored.kind,
    title: stored.title,
    section: stored.section ?? null,
    href: stored.href,
    text: texts[pageLocale] ?? shown,
    matchedLocale,
    highlighted: highlight(shown, result.terms, viaVariant ? variants[matchedLocale] : undefined),
    restsOn,
  };
}
