import type { AsPlainObject } from 'minisearch';
/** The search's data: what the build indexes and writes, and what a query returns. No React, no DOM. */
import type { LocaleId } from './article';
import type { HighlightSegment } from './search-highlight';

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

/** One page locale's index as MiniSearch's plain object (`miniSearch.toJSON()`), which the build cuts into shards. */
export interface PlainSearchIndex {
  locale: LocaleId;
  /** Every locale a document may hold text in (the index's field names derive from it). */
  locales: LocaleId[];
  plain: AsPlainObject;
}

/** The same, serialized whole (`JSON.stringify(miniSearch)`): what the tests search. */
export interface SerializedSearchIndex {
  locale: LocaleId;
  locales: LocaleId[];
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

/** A document's stored fields, as a result shows them (all but what is searched only). */
export type StoredDocument = Omit<SearchDocument, 'about'>;

export interface SentenceSearch {
  locale: LocaleId;
  /** The best `limit` hits (at most MAX_HITS): only those are highlighted. */
  search: (query: string, limit?: number) => SearchHit[];
  /**
   * Resolves once `search(query, limit)` has all it needs (a sharded index fetches the parts it lacks);
   * null when it has them already.
   */
  prepare: (query: string, limit?: number) => Promise<void> | null;
  /**
   * Whether `search(query, limit)` has hits worth showing while `prepare` still fetches: a sharded
   * index's first results, which the query's later files refine.
   */
  ready: (query: string, limit?: number) => boolean;
}
