/**
 * The sentence index cut into files a browser fetches as queries need them: a small manifest (counts, field
 * names, where each term shard starts), term shards (ranges of the sorted terms with their postings) and
 * stored-field chunks (the documents' texts, a few consecutive documents each). A query fetches the shards
 * its words may match and the chunks of its best hits only; ranking is MiniSearch's over the same numbers
 * the whole index holds (see ./search-sharded.ts). Pure: no fetch, no DOM.
 */
import type { LocaleId } from './article';
import type { PlainSearchIndex, StoredDocument } from './search-model';
import type { Reading } from './search-reading';

const HAN = /\p{Script=Han}/u;

export interface SearchManifest {
  locale: LocaleId;
  locales: LocaleId[];
  documentCount: number;
  nextId: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /** The first term of each term shard, sorted: shard i holds the terms from `shards[i]` to `shards[i + 1]`. */
  shards: string[];
  /** The first entry of each neighbour shard (see `NeighbourShard`), sorted as the shards are. */
  neighbours: string[];
  /** Documents per stored-fields chunk: chunk n holds the documents numbered n × chunkSize onwards. */
  chunkSize: number;
  /** Wizard outcomes and the sentences they cite, by document number: few, and any question may need them. */
  pinned: Record<string, StoredDocument>;
}

/**
 * One term shard: each term with, per field number, its postings as flat triples [document number minus the
 * previous one, term frequency, the field's length in that document] (the length is what BM25 needs of
 * the document, so a shard scores on its own).
 */
export type TermShard = [term: string, postings: Record<string, number[]>][];

/**
 * One neighbour shard: Chinese terms of two characters or more, each written after its second character
 * (`单账单` for 账单), sorted. A typo in a Chinese word's first character (账单 for 帐单, variant characters
 * the script conversion keeps apart) puts its matches outside the word's own range: these list them.
 */
export type NeighbourShard = string[];

/** One chunk of stored fields, by document number. */
export type DocChunk = Record<string, StoredDocument>;

export interface ShardedIndex {
  manifest: SearchManifest;
  shards: TermShard[];
  neighbours: NeighbourShard[];
  chunks: DocChunk[];
}

export interface ShardOptions {
  /** A shard is closed once its JSON reaches this many characters (a term's postings are never split). */
  shardChars: number;
  chunkSize: number;
}

/**
 * 12,000 characters of postings compress to about 3–4 kB; a chunk of 8 documents (each with its texts in
 * every locale) to about 2–3 kB. Smaller files waste fewer bytes on terms and documents a query does not
 * need, at the cost of more requests.
 */
export const DEFAULT_SHARD_OPTIONS: ShardOptions = { shardChars: 12_000, chunkSize: 8 };

export function shardSearchIndex(
  { locale, locales, plain }: PlainSearchIndex,
  { shardChars, chunkSize }: ShardOptions = DEFAULT_SHARD_OPTIONS,
): ShardedIndex {
  const entries = [...plain.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const shards: TermShard[] = [];
  let current: TermShard = [];
  let size = 0;
  for (const [term, fields] of entries) {
    const postings: Record<string, number[]> = {};
    for (const [fieldId, freqs] of Object.entries(fields)) {
      let previous = 0;
      const flat: number[] = [];
      const ids = Object.keys(freqs)
        .map(Number)
        .sort((a, b) => a - b);
      for (const id of ids) {
        flat.push(id - previous, freqs[id] as number, plain.fieldLength[id]?.[Number(fieldId)] ?? 0);
        previous = id;
      }
      postings[fieldId] = flat;
    }
    const entry: TermShard[number] = [term, postings];
    current.push(entry);
    size += JSON.stringify(entry).length;
    if (size >= shardChars) {
      shards.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0 || shards.length === 0) shards.push(current);

  const keyed = entries
    .map(([term]) => term)
    .filter((term) => term.length >= 2 && HAN.test(term.charAt(0)))
    .map((term) => term.charAt(1) + term)
    .sort();
  const neighbours: NeighbourShard[] = [];
  for (let at = 0, size = 0; at < keyed.length; at += 1) {
    if (size === 0) neighbours.push([]);
    const entry = keyed[at] ?? '';
    neighbours.at(-1)?.push(entry);
    size += entry.length + 3;
    if (size >= shardChars) size = 0;
  }
  if (neighbours.length === 0) neighbours.push([]);

  const documents = new Map<number, StoredDocument>();
  for (const [shortId, id] of Object.entries(plain.documentIds))
    documents.set(Number(shortId), { id: String(id), ...plain.storedFields[shortId] } as StoredDocument);
  const pinned: Record<string, StoredDocument> = {};
  const numberOf = new Map([...documents].map(([shortId, document]) => [document.id, shortId]));
  for (const [shortId, document] of documents) {
    if (document.kind !== 'outcome') continue;
    pinned[shortId] = document;
    for (const cited of document.cites ?? []) {
      const citedId = numberOf.get(cited);
      const citedDocument = citedId === undefined ? undefined : documents.get(citedId);
      if (citedId !== undefined && citedDocument) pinned[citedId] = citedDocument;
    }
  }
  const chunks: DocChunk[] = [];
  for (const [shortId, document] of documents) {
    if (pinned[shortId]) continue;
    (chunks[Math.floor(shortId / chunkSize)] ??= {})[shortId] = document;
  }
  for (let n = 0; n < chunks.length; n += 1) chunks[n] ??= {};

  return {
    manifest: {
      locale,
      locales,
      documentCount: plain.documentCount,
      nextId: plain.nextId,
      fieldIds: plain.fieldIds,
      averageFieldLength: plain.averageFieldLength,
      shards: shards.map((shard) => shard[0]?.[0] ?? ''),
      neighbours: neighbours.map((shard) => shard[0] ?? ''),
      chunkSize,
      pinned,
    },
    shards,
    neighbours,
    chunks,
  };
}

/**
 * The neighbour entries to read for a Chinese word of two characters read with one typo (a substituted or
 * inserted first character): the variant characters this bridges (账单 / 帐单) are in such words, and for
 * longer words the neighbours of their first two characters cost up to 100 kB more (合作伙伴中心).
 */
export function neighbourKeysOf(word: string): string[] {
  return word.length === 2 && HAN.test(word.charAt(0)) ? [...new Set([word.charAt(1), word.charAt(0)])] : [];
}

/** The terms of loaded neighbour entries one first-character edit away from `word` (deleting it is `word.slice(1)`). */
export function firstCharacterNeighbours(word: string, entries: readonly string[]): string[] {
  const rest = word.slice(1);
  const found = new Set<string>(rest ? [rest] : []);
  for (const entry of entries) {
    const term = entry.slice(1);
    const substituted = term.length === word.length && term.slice(1) === rest && term !== word;
    const inserted = term.length === word.length + 1 && term.slice(1) === word;
    if (substituted || inserted) found.add(term);
  }
  return [...found];
}

/** A range of the sorted terms, both ends included. */
export type TermRange = [from: string, to: string];

/**
 * The terms a query word may match, as ranges of the sorted terms: `first`, what it matches as written
 * (itself, or every term it starts), and `all`, with its typos too. A typo is read after the word's first
 * two letters (its first character in Chinese): `all` is every term starting as it does, and a typo in
 * those is not found, the price of fetching a few shards rather than all.
 */
export function termRangesOf(word: string, { prefix, fuzzy }: Reading): { first: TermRange; all: TermRange } {
  const first: TermRange = [word, prefix ? `${word}\uffff` : word];
  if (!fuzzy) return { first, all: first };
  const start = HAN.test(word.charAt(0)) ? word.slice(0, 1) : word.slice(0, 2);
  return { first, all: [start, `${start}\uffff`] };
}

/** The shards holding any term of a range: the last one starting at or before its start, to the last one starting at or before its end. */
export function shardsOfRange(starts: readonly string[], [from, to]: TermRange): number[] {
  const lastAtOrBefore = (term: string) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((starts[middle] ?? '') <= term) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const first = lastAtOrBefore(from);
  const last = lastAtOrBefore(to);
  return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
}
