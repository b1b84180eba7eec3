/**
 * The sentence search over a sharded index (./search-shards.ts): the manifest first, then per query the
 * term shards its words may match and the stored-field chunks of its best hits, each fetched once and kept
 * for the page's life. What is loaded becomes one MiniSearch with the whole index's document count and
 * field lengths, so a query ranks and highlights as it would over the whole index. Fetching is passed in.
 */
import type { SearchResult } from 'minisearch';
import { MAX_HITS, MAX_QUERY_LENGTH } from './search-limits';
import { planQuery } from './search-question';
import { growingIndexOf, queryTermsOf, sentenceSearchOver } from './search';
import type { SentenceSearch, StoredDocument } from './search-model';
import {
  firstCharacterNeighbours,
  neighbourKeysOf,
  shardsOfRange,
  termRangesOf,
  type DocChunk,
  type NeighbourShard,
  type SearchManifest,
  type TermRange,
  type TermShard,
} from './search-shards';
import { conceptReading, keywordReading } from './search-reading';

/** The files of one step of a query that are not loaded yet. */
interface Step {
  shards: number[];
  neighbours: number[];
}

export interface ShardFetcher {
  shard: (index: number) => Promise<TermShard>;
  neighbours: (index: number) => Promise<NeighbourShard>;
  chunk: (index: number) => Promise<DocChunk>;
}

const LATIN_LETTER = /^\p{Script=Latin}$/u;

/**
 * "customer s": a last word of one Latin letter is still being typed, and as a prefix it would match a
 * twentieth of every term; until its second letter the query is searched without it, so the list keeps
 * the results of the words before it rather than emptying or fetching most of the index.
 */
export function searchableQuery(query: string): string {
  const trimmed = query.slice(0, MAX_QUERY_LENGTH).trim();
  const words = trimmed.split(/\s+/u);
  const last = words.at(-1) ?? '';
  return words.length > 1 && LATIN_LETTER.test(last) ? words.slice(0, -1).join(' ') : trimmed;
}

export function shardedSentenceSearch(manifest: SearchManifest, fetcher: ShardFetcher): SentenceSearch {
  const { locale, locales, chunkSize } = manifest;
  const byId = new Map(Object.values(manifest.pinned).map((document) => [document.id, document]));
  const chunks = new Map<number, DocChunk>();
  const shardLoads = new Map<number, Promise<void>>();
  const chunkLoads = new Map<number, Promise<void>>();
  const neighbours = new Map<number, NeighbourShard>();
  const neighbourLoads = new Map<number, Promise<void>>();
  const loadedShards = new Set<number>();
  const growing = growingIndexOf(manifest, locales, locale);
  const kindOf = (id: number) => manifest.pinned[id]?.kind ?? 'article';

  const once = <T>(
    loads: Map<number, Promise<void>>,
    index: number,
    fetch: () => Promise<T>,
    add: (value: T) => void,
  ) => {
    let load = loads.get(index);
    if (!load) {
      load = fetch().then(add);
      // A failed download may succeed on the next try.
      load.catch(() => loads.delete(index));
      loads.set(index, load);
    }
    return load;
  };
  const loadShards = (indexes: Iterable<number>) =>
    [...indexes].map((index) =>
      once(
        shardLoads,
        index,
        () => fetcher.shard(index),
        (shard) => {
          growing.addShard(shard, kindOf);
          loadedShards.add(index);
        },
      ),
    );
  const loadChunks = (indexes: Iterable<number>) =>
    [...new Set(indexes)]
      .filter((index) => !chunks.has(index))
      .map((index) =>
        once(
          chunkLoads,
          index,
          () => fetcher.chunk(index),
          (chunk) => chunks.set(index, chunk),
        ),
      );

  const neighbourShardsOf = (word: string) =>
    neighbourKeysOf(word).flatMap((key) => shardsOfRange(manifest.neighbours, [key, `${key}\uffff`]));
  const loadNeighbours = (indexes: Iterable<number>) =>
    [...indexes].map((index) =>
      once(
        neighbourLoads,
        index,
        () => fetcher.neighbours(index),
        (shard) => neighbours.set(index, shard),
      ),
    );
  const missing = (ranges: TermRange[], neighbourIndexes: number[] = []): Step => ({
    shards: [...new Set(ranges.flatMap((range) => shardsOfRange(manifest.shards, range)))].filter(
      (index) => !loadedShards.has(index),
    ),
    neighbours: [...new Set(neighbourIndexes)].filter((index) => !neighbours.has(index)),
  });

  const storedOf = (id: number): StoredDocument | undefined =>
    manifest.pinned[id] ?? chunks.get(Math.floor(id / chunkSize))?.[id];

  const engine = sentenceSearchOver(locale, locales, {
    miniSearch: () => growing,
    version: () => growing.version,
    stored: (result: SearchResult) => storedOf(Number(result.id)),
    storedById: (id) => byId.get(id),
  });

  /**
   * The files a query needs, in steps, each worked out once the ones before it are loaded. Keywords: what
   * they match as written (a handful of shards, enough for first results), then their typos (every term
   * sharing a word's first two letters, and a Chinese word's first-character neighbours). A question, or
   * keywords that found nothing together: its concepts' words the same two ways.
   */
  function* stepsOf(query: string): Generator<Step> {
    const plan = planQuery(query);
    const { keywords, concepts } = queryTermsOf(query);
    if (!plan.question) {
      const ranges = keywords.map((word) => termRangesOf(word, keywordReading(word)));
      yield missing(ranges.map(({ first }) => first));
      yield missing(
        ranges.map(({ all }) => all),
        keywords.flatMap(neighbourShardsOf),
      );
      // Only a Chinese word of two characters has neighbours (a Latin one's typos start at its third letter).
      const nearby = keywords.flatMap((word) => {
        const indexes = neighbourShardsOf(word);
        if (indexes.length === 0) return [];
        return firstCharacterNeighbours(
          word,
          indexes.flatMap((index) => neighbours.get(index) ?? []),
        );
      });
      yield missing(nearby.map((word): TermRange => [word, word]));
      if (plan.concepts.length < 2 || engine.results(query).length > 0) return;
    }
    const typed = new Set(plan.concepts.map((words) => words[0]?.toLocaleLowerCase('en-US')));
    const ranges = concepts.map((word) => termRangesOf(word, conceptReading(word, typed.has(word))));
    yield missing(ranges.map(({ first }) => first));
    yield missing(ranges.map(({ all }) => all));
  }
  const isEmpty = (step: Step | undefined) => !step || step.shards.length + step.neighbours.length === 0;

  const hitChunksOf = (query: string, limit: number) =>
    engine
      .results(query)
      .slice(0, Math.min(limit, MAX_HITS))
      .map((result) => Number(result.id))
      .filter((id) => manifest.pinned[id] === undefined)
      .map((id) => Math.floor(id / chunkSize))
      .filter((index) => !chunks.has(index));

  /**
   * Fetches the next files `search(query, limit)` needs; null once it has them all. Once a query's first
   * step is loaded, the hits it finds are shown (their chunks fetched) before the next step refines them:
   * the first results cost a query's words as written, not their typos or a question's every synonym.
   */
  const prepare = (query: string, limit = MAX_HITS): Promise<void> | null => {
    const searchable = searchableQuery(query);
    if (!searchable) return null;
    let first = true;
    for (const step of stepsOf(searchable)) {
      if (isEmpty(step)) {
        first = false;
        continue;
      }
      const shown = first ? [] : loadChunks(hitChunksOf(searchable, limit));
      const loads =
        shown.length > 0 ? shown : [...loadShards(step.shards), ...loadNeighbours(step.neighbours)];
      return Promise.all(loads).then(() => undefined);
    }
    const chunkLoads = loadChunks(hitChunksOf(searchable, limit));
    return chunkLoads.length > 0 ? Promise.all(chunkLoads).then(() => undefined) : null;
  };

  /** Whether `search(query, limit)` has hits to show: its first step loaded, and each hit's texts. */
  const ready = (query: string, limit = MAX_HITS): boolean => {
    const searchable = searchableQuery(query);
    if (!searchable) return true;
    if (!isEmpty(stepsOf(searchable).next().value ?? undefined)) return false;
    const hits = engine.results(searchable).slice(0, Math.min(limit, MAX_HITS));
    return hits.length > 0 && hits.every((result) => storedOf(Number(result.id)) !== undefined);
  };

  return {
    locale,
    prepare,
    ready,
    search: (query, limit) => engine.search(searchableQuery(query), limit),
  };
}
