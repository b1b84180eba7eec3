/**
 * The sentence search over a sharded index (./search-shards.ts): the manifest first, then per query the
 * term shards its words may match and the stored-field chunks of its best hits, each fetched once and kept
 * for the page's life. What is loaded becomes one MiniSearch with the whole index's document count and
 * field lengths, so a query ranks and highlights as it would over the whole index. Fetching is passed in.
 */
import type { AsPlainObject, SearchResult } from 'minisearch';
import { MAX_HITS, MAX_QUERY_LENGTH } from './search-limits';
import { planQuery } from './search-question';
import { miniSearchOf, queryTermsOf, sentenceSearchOver } from './search';
import type { SentenceSearch, StoredDocument } from './search-model';
import {
  firstCharacterNeighbours,
  neighbourKeysOf,
  shardsOfRange,
  termRangeOf,
  type DocChunk,
  type NeighbourShard,
  type SearchManifest,
  type TermShard,
} from './search-shards';

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
  const plain: AsPlainObject = {
    documentCount: manifest.documentCount,
    nextId: manifest.nextId,
    documentIds: {},
    fieldIds: manifest.fieldIds,
    fieldLength: {},
    averageFieldLength: manifest.averageFieldLength,
    storedFields: {},
    dirtCount: 0,
    index: [],
    serializationVersion: 2,
  };
  const byId = new Map(Object.values(manifest.pinned).map((document) => [document.id, document]));
  const chunks = new Map<number, DocChunk>();
  const shardLoads = new Map<number, Promise<void>>();
  const chunkLoads = new Map<number, Promise<void>>();
  const neighbours = new Map<number, NeighbourShard>();
  const neighbourLoads = new Map<number, Promise<void>>();
  const loadedShards = new Set<number>();
  let miniSearch = miniSearchOf(plain, locales, locale);
  let stale = false;

  const addShard = (shard: TermShard) => {
    for (const [term, postings] of shard) {
      const fields: Record<string, Record<string, number>> = {};
      for (const [fieldId, flat] of Object.entries(postings)) {
        const freqs: Record<string, number> = {};
        let id = 0;
        for (let at = 0; at < flat.length; at += 3) {
          id += flat[at] ?? 0;
          freqs[id] = flat[at + 1] ?? 0;
          (plain.fieldLength[id] ??= [])[Number(fieldId)] = flat[at + 2] ?? 0;
          plain.documentIds[id] = id;
          // Kind is all a question's ranking reads of a document before its chunk arrives.
          plain.storedFields[id] ??= { kind: manifest.pinned[id]?.kind ?? 'article' };
        }
        fields[fieldId] = freqs;
      }
      plain.index.push([term, fields]);
    }
    stale = true;
  };

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
    [...new Set(indexes)]
      .filter((index) => !loadedShards.has(index))
      .map((index) =>
        once(
          shardLoads,
          index,
          () => fetcher.shard(index),
          (shard) => {
            addShard(shard);
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
    [...new Set(indexes)]
      .filter((index) => !neighbours.has(index))
      .map((index) =>
        once(
          neighbourLoads,
          index,
          () => fetcher.neighbours(index),
          (shard) => neighbours.set(index, shard),
        ),
      );
  const shardsOf = (words: readonly string[], exact: (index: number) => boolean) =>
    words.flatMap((word, index) => shardsOfRange(manifest.shards, termRangeOf(word, exact(index))));

  const current = () => {
    if (stale) {
      miniSearch = miniSearchOf(plain, locales, locale);
      stale = false;
    }
    return miniSearch;
  };
  const storedOf = (id: number): StoredDocument | undefined =>
    manifest.pinned[id] ?? chunks.get(Math.floor(id / chunkSize))?.[id];

  const engine = sentenceSearchOver(locale, locales, {
    miniSearch: current,
    stored: (result: SearchResult) => storedOf(Number(result.id)),
    storedById: (id) => byId.get(id),
  });

  /** What `search` needs of a query, fetched in steps: keywords' shards, a question's, then hits' chunks. */
  const prepare = (query: string, limit = MAX_HITS): Promise<void> | null => {
    const searchable = searchableQuery(query);
    if (!searchable) return null;
    const { keywords, concepts } = queryTermsOf(searchable);
    const keywordLoads = loadShards(shardsOf(keywords, () => false));
    if (keywordLoads.length > 0)
      return Promise.all(keywordLoads).then(() => prepare(query, limit) ?? undefined);
    // A Chinese keyword is read with one typo, which may be in its first character.
    const neighbourNeeds = loadNeighbours(keywords.flatMap(neighbourShardsOf));
    if (neighbourNeeds.length > 0)
      return Promise.all(neighbourNeeds).then(() => prepare(query, limit) ?? undefined);
    const nearby = keywords.flatMap((word) =>
      firstCharacterNeighbours(
        word,
        neighbourShardsOf(word).flatMap((index) => neighbours.get(index) ?? []),
      ),
    );
    const nearbyLoads = loadShards(shardsOf(nearby, () => true));
    if (nearbyLoads.length > 0)
      return Promise.all(nearbyLoads).then(() => prepare(query, limit) ?? undefined);
    const plan = planQuery(searchable);
    const asksConcepts =
      plan.concepts.length > 0 &&
      (plan.question || (plan.concepts.length >= 2 && current().search(searchable).length === 0));
    if (asksConcepts) {
      // A concept's first word is read with typos and as a prefix, its other words exactly.
      const firsts = new Set(plan.concepts.map((words) => words[0]?.toLocaleLowerCase('en-US')));
      const conceptLoads = loadShards(shardsOf(concepts, (index) => !firsts.has(concepts[index])));
      if (conceptLoads.length > 0)
        return Promise.all(conceptLoads).then(() => prepare(query, limit) ?? undefined);
    }
    const wanted = engine
      .results(searchable)
      .slice(0, Math.min(limit, MAX_HITS))
      .map((result) => Number(result.id))
      .filter((id) => manifest.pinned[id] === undefined)
      .map((id) => Math.floor(id / chunkSize));
    const chunkLoadsNeeded = loadChunks(wanted);
    return chunkLoadsNeeded.length > 0 ? Promise.all(chunkLoadsNeeded).then(() => undefined) : null;
  };

  return {
    locale,
    prepare,
    search: (query, limit) => engine.search(searchableQuery(query), limit),
  };
}
