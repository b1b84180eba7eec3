/**
 * Sentence search for helpdesk agents: one MiniSearch index per page locale, built at build time over every
 * article sentence and wizard outcome, holding each sentence in every locale the site has (the same
 * sentence key aligns them), so an English query on a zh-cn page finds the zh-cn sentence through its
 * English original, and a Chinese query on an en-us page finds the English one.
 *
 * MiniSearch has no word segmentation for Chinese: words come from `Intl.Segmenter` (ICU's dictionary
 * segmenter), the same in Node at build time and in the browser. No React, no DOM.
 */
import MiniSearch, { type Options, type Query, type SearchOptions, type SearchResult } from 'minisearch';
import type { LocaleId } from './article';
import { GrowingIndex } from './search-growing-index';
import { highlight } from './search-highlight';
import { MAX_HITS, MAX_QUERY_LENGTH } from './search-limits';
import { askQuestion, questionOptionsFor } from './search-ask';
import { planQuery, queryWordsOf, wordsOf } from './search-question';
import { fuzzinessOf, keywordIsPrefix, withoutShortLastWord } from './search-reading';
import type {
  RestingSentence,
  SearchDocument,
  SearchHit,
  SentenceSearch,
  PlainSearchIndex,
  SerializedSearchIndex,
  StoredDocument,
} from './search-model';

const VARIANT_PREFIX = '~';
/** Fields of what an outcome is about (its title, the wizard's topic and examples): searched, never shown. */
const ABOUT_PREFIX = '@';
const STORED_FIELDS = ['kind', 'title', 'section', 'href', 'texts', 'variants', 'cites'] as const;

const localeOfField = (field: string): LocaleId =>
  field.replace(VARIANT_PREFIX, '').replace(ABOUT_PREFIX, '');
const languageOfField = (field: string | undefined): string =>
  field === undefined ? 'zh' : localeOfField(field).split('-')[0] || 'en';
// The same mapping as toLocaleLowerCase('en-US') (only Turkish, Azeri and Lithuanian differ), without the
// locale lookup that made it a tenth of the real corpus's index build.
const lowercase = (term: string) => term.toLowerCase();

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
      // The last word is still being typed: a prefix from its third letter (./search-reading.ts).
      prefix: keywordIsPrefix,
      fuzzy: fuzzinessOf,
      combineWith: 'AND',
      tokenize: queryWordsOf,
    } satisfies SearchOptions,
  };
}

export function plainSearchIndex(
  pageLocale: LocaleId,
  locales: readonly LocaleId[],
  documents: readonly SearchDocument[],
): PlainSearchIndex {
  const miniSearch = new MiniSearch<SearchDocument>(optionsFor(locales, pageLocale));
  miniSearch.addAll(documents);
  return { locale: pageLocale, locales: [...locales], plain: miniSearch.toJSON() };
}

export function buildSearchIndex(
  pageLocale: LocaleId,
  locales: readonly LocaleId[],
  documents: readonly SearchDocument[],
): SerializedSearchIndex {
  const { plain, ...index } = plainSearchIndex(pageLocale, locales, documents);
  return { ...index, index: JSON.stringify(plain) };
}

/** Where the engine reads an index from: the whole of it, or the shards loaded so far (./search-sharded.ts). */
export interface SearchSource {
  miniSearch: () => MiniSearch<SearchDocument>;
  /** Changes when the index grows (a sharded index's shards arrive): a query is then searched again. */
  version: () => number;
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
    version: () => 0,
    stored: (result) => result as unknown as StoredDocument,
    storedById,
  });
}

/** An empty index of this index's options and the whole index's counts, grown a shard at a time. */
export function growingIndexOf(
  counts: ConstructorParameters<typeof GrowingIndex>[1],
  locales: readonly LocaleId[],
  pageLocale: LocaleId,
): GrowingIndex {
  return new GrowingIndex(optionsFor(locales, pageLocale), counts);
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
  );

  /**
   * Keywords must all match, as agents expect of a search field; a last word too short to be a prefix
   * that finds nothing with them is left out ("customer se" lists "customer" until "customer ser"). A
   * question (or keywords that found nothing together) is searched on any of its concepts, and led by the
   * wizard answer that fits it best.
   */
  // A question typed on or pasted again asks mostly the concepts of the last one, of the same index: those
  // results are kept until the index grows. Typing a Chinese question key by key asked three of four
  // again at each key, each over thousands of postings (服务, 其他): 40–60 ms of a keystroke at 4× CPU.
  // Only the last question's are kept: a common concept's results are thousands of objects.
  let kept = { version: -1, results: new Map<string, SearchResult[]>() };
  const conceptSearch = (miniSearch: MiniSearch<SearchDocument>) => {
    const previous = kept.version === source.version() ? kept.results : new Map<string, SearchResult[]>();
    const current = { version: source.version(), results: new Map<string, SearchResult[]>() };
    kept = current;
    return (query: Query) => {
      const key = JSON.stringify(query);
      const results = previous.get(key) ?? miniSearch.search(query, questionOptions);
      current.results.set(key, results);
      return results;
    };
  };
  const search = (miniSearch: MiniSearch<SearchDocument>, query: string): SearchResult[] => {
    const plan = planQuery(query);
    if (!plan.question) {
      const results = miniSearch.search(query);
      if (results.length > 0) return results;
      const shorter = withoutShortLastWord(queryWordsOf(query));
      const before = shorter ? miniSearch.search(shorter.join(' ')) : [];
      if (before.length > 0 || plan.concepts.length < 2) return before;
    }
    if (plan.concepts.length === 0) return [];
    return askQuestion(conceptSearch(miniSearch), plan, miniSearch.documentCount);
  };
  // A sharded index asks for a query's results before showing them: the same query is searched once.
  let last: { version: number; query: string; results: SearchResult[] } | null = null;
  const resultsOf = (query: string): SearchResult[] => {
    const version = source.version();
    if (last?.version !== version || last.query !== query)
      last = { version, query, results: search(source.miniSearch(), query) };
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
    ready: () => true,
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
