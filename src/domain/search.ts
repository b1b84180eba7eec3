/**
 * Sentence search for helpdesk agents: one MiniSearch index per page locale, built at build time over every
 * article sentence and wizard outcome, holding each sentence in every locale the site has (the same
 * sentence key aligns them), so an English query on a zh-cn page finds the zh-cn sentence through its
 * English original, and a Chinese query on an en-us page finds the English one.
 *
 * MiniSearch has no word segmentation for Chinese: words come from `Intl.Segmenter` (ICU's dictionary
 * segmenter), the same in Node at build time and in the browser. No React, no DOM.
 */
import MiniSearch, { type Options, type SearchOptions, type SearchResult } from 'minisearch';
import type { LocaleId } from './article';
import { MAX_HITS, MAX_QUERY_LENGTH } from './search-limits';

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
}

/** What the build writes for one page locale and the browser loads lazily. */
export interface SerializedSearchIndex {
  locale: LocaleId;
  /** Every locale a document may hold text in (the index's field names derive from it). */
  locales: LocaleId[];
  /** `JSON.stringify(miniSearch)`. */
  index: string;
}

export interface HighlightSegment {
  text: string;
  marked: boolean;
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
}

const VARIANT_PREFIX = '~';
const STORED_FIELDS = ['kind', 'title', 'section', 'href', 'texts', 'variants'] as const;

const HAN = /\p{Script=Han}/u;
const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** The words of a text (punctuation and spaces dropped), as ICU segments them for the language. */
export function wordsOf(text: string, language: string): string[] {
  return [...segmenterFor(language).segment(text)]
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment);
}

const languageOfField = (field: string | undefined): string =>
  field === undefined ? 'zh' : field.replace(VARIANT_PREFIX, '').split('-')[0] || 'en';

/**
 * Typo tolerance: Latin words of five letters or more allow a quarter of their length in edits
 * ("subscriptoin" → "subscriptions"); a Chinese word of two characters or more allows one, which also
 * bridges variant characters the script conversion keeps apart (账单 / 帐单).
 */
function fuzzinessOf(term: string): number | false {
  if (HAN.test(term)) return term.length >= 2 ? 1 : false;
  return term.length >= 5 ? 0.25 : false;
}

function optionsFor(locales: readonly LocaleId[], pageLocale: LocaleId): Options<SearchDocument> {
  const fields = [...locales, ...locales.map((locale) => VARIANT_PREFIX + locale)];
  return {
    fields,
    storeFields: [...STORED_FIELDS],
    extractField: (document, field) => {
      if (field.startsWith(VARIANT_PREFIX)) return document.variants[field.slice(1)] ?? '';
      if (locales.includes(field)) return document.texts[field] ?? '';
      return (document as unknown as Record<string, unknown>)[field] as string;
    },
    tokenize: (text, field) => wordsOf(text, languageOfField(field)),
    processTerm: (term) => term.toLocaleLowerCase('en-US'),
    searchOptions: {
      // The page's own language ranks first when a word matches in several.
      boost: { [pageLocale]: 2 },
      // The last word is still being typed: as a prefix even when it is one letter ("service i"), so the
      // list does not flash empty between keystrokes.
      prefix: (term, index, terms) => index === terms.length - 1 || term.length >= 2 || HAN.test(term),
      fuzzy: fuzzinessOf,
      combineWith: 'AND',
      // Queries are segmented like Chinese text: ICU then splits Han runs and Latin words alike.
      tokenize: (query) => wordsOf(query, HAN.test(query) ? 'zh' : 'en'),
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

export interface SentenceSearch {
  locale: LocaleId;
  /** The best `limit` hits (at most MAX_HITS): only those are highlighted. */
  search: (query: string, limit?: number) => SearchHit[];
}

export function loadSearchIndex(serialized: SerializedSearchIndex): SentenceSearch {
  const { locale, locales } = serialized;
  const miniSearch = MiniSearch.loadJSON<SearchDocument>(serialized.index, optionsFor(locales, locale));
  return {
    locale,
    search: (query, limit = MAX_HITS) => {
      const trimmed = query.slice(0, MAX_QUERY_LENGTH).trim();
      if (!trimmed) return [];
      return miniSearch
        .search(trimmed)
        .slice(0, Math.min(limit, MAX_HITS))
        .map((result) => hitOf(result, locale));
    },
  };
}

function hitOf(result: SearchResult, pageLocale: LocaleId): SearchHit {
  const texts = result.texts as Record<LocaleId, string>;
  const variants = result.variants as Record<LocaleId, string>;
  const fields = Object.values(result.match).flat();
  const matchedField = fields.includes(pageLocale)
    ? pageLocale
    : (fields.find((field) => !field.startsWith(VARIANT_PREFIX)) ?? fields[0] ?? pageLocale);
  const matchedLocale = matchedField.replace(VARIANT_PREFIX, '');
  const viaVariant = matchedField.startsWith(VARIANT_PREFIX);
  const shown = texts[matchedLocale] ?? '';
  return {
    id: String(result.id),
    kind: result.kind as SearchKind,
    title: result.title as string,
    section: (result.section as string | null) ?? null,
    href: result.href as string,
    text: texts[pageLocale] ?? shown,
    matchedLocale,
    highlighted: highlight(shown, result.terms, viaVariant ? variants[matchedLocale] : undefined),
  };
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Latin terms must be whole words ("so" is not marked inside "Microsoft"); Han words have no spaces. */
function isWholeWord(haystack: string, from: number, length: number): boolean {
  if (HAN.test(haystack[from] ?? '')) return true;
  return (
    !WORD_CHARACTER.test(haystack[from - 1] ?? '') && !WORD_CHARACTER.test(haystack[from + length] ?? '')
  );
}

/**
 * Splits `text` into runs, marking every occurrence of the matched index terms (case-insensitively), whole
 * words only in Latin script. `searchIn` is the same text in the other Chinese script, when the match was
 * there: OpenCC converts character by character, so its positions are the text's own.
 */
export function highlight(text: string, terms: readonly string[], searchIn?: string): HighlightSegment[] {
  const haystack = (
    searchIn !== undefined && searchIn.length === text.length ? searchIn : text
  ).toLocaleLowerCase('en-US');
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    if (!term) continue;
    for (let from = haystack.indexOf(term); from !== -1; from = haystack.indexOf(term, from + 1)) {
      if (isWholeWord(haystack, from, term.length)) marked.fill(true, from, from + term.length);
    }
  }
  const segments: HighlightSegment[] = [];
  let start = 0;
  for (let index = 1; index <= text.length; index += 1) {
    if (index === text.length || marked[index] !== marked[start]) {
      segments.push({ text: text.slice(start, index), marked: marked[start] ?? false });
      start = index;
    }
  }
  return segments;
}

/**
 * At most `max` code points of highlighted runs, starting a little before the first mark so the match is in
 * view, with "…" where the sentence was cut: a short list shows where a long sentence matched.
 */
export function excerpt(segments: readonly HighlightSegment[], max: number): HighlightSegment[] {
  const runs = segments.map((segment) => ({ ...segment, points: Array.from(segment.text) }));
  const total = runs.reduce((sum, run) => sum + run.points.length, 0);
  if (total <= max) return [...segments];
  const firstMark = runs.findIndex((run) => run.marked);
  const before = runs.slice(0, Math.max(firstMark, 0)).reduce((sum, run) => sum + run.points.length, 0);
  const points = runs.flatMap((run) => run.points);
  const start = snapToWord(
    points,
    Math.min(Math.max(before - Math.min(LEAD_IN, Math.floor(max / 3)), 0), total - max),
    1,
  );
  const end = snapToWord(points, start + max, -1);
  const kept: HighlightSegment[] = [];
  let offset = 0;
  for (const run of runs) {
    const from = Math.max(start - offset, 0);
    const to = Math.min(end - offset, run.points.length);
    if (from < to) kept.push({ text: run.points.slice(from, to).join(''), marked: run.marked });
    offset += run.points.length;
  }
  if (start > 0) kept.unshift({ text: '…', marked: false });
  if (end < total) kept.push({ text: '…', marked: false });
  return kept;
}

/** Code points an excerpt keeps before its first mark (at most a third of the excerpt). */
const LEAD_IN = 24;
/** How far a cut moves to fall between two words rather than inside one. */
const WORD_SNAP = 15;

/**
 * Moves a cut inside a Latin word (forwards for a start, backwards for an end) to the nearest space within
 * WORD_SNAP code points; Chinese has no spaces, and a cut there stays where it was.
 */
function snapToWord(points: readonly string[], cut: number, direction: 1 | -1): number {
  if (cut <= 0 || cut >= points.length) return cut;
  const inWord = (index: number) =>
    WORD_CHARACTER.test(points[index] ?? '') && !HAN.test(points[index] ?? '');
  const space = (index: number) => /\s/u.test(points[index] ?? '');
  // Not a space just inside the ellipsis.
  if (direction === 1 && space(cut)) return cut + 1;
  if (direction === -1 && space(cut - 1)) return cut - 1;
  if (!inWord(cut - 1) || !inWord(cut)) return cut;
  for (let step = 1; step <= WORD_SNAP; step += 1) {
    const at = cut + direction * step;
    if (space(at)) return direction === 1 ? at + 1 : at;
  }
  return cut;
}
