// The sharded index: per query, the browser fetches only the shards and chunks it needs, and finds what
// the whole index finds, in the same order and with the same highlighting.
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { describe, expect, it, vi } from 'vitest';
import { buildSearchIndexes } from '../../src/content/vite-plugin-search-index';
import { loadSearchIndex } from '../../src/domain/search';
import type { SentenceSearch } from '../../src/domain/search-model';
import { searchableQuery, shardedSentenceSearch } from '../../src/domain/search-sharded';
import { shardSearchIndex, shardsOfRange } from '../../src/domain/search-shards';
import { CITED_SENTENCES } from '../../src/domain/decision/cited-sentences';
import { sentenceAnchorId } from '../../src/domain/sentence-key';
import { QUESTIONS } from './support/questions';

const indexes = buildSearchIndexes('src/content/articles', 'src/features/wizard/locales');
// Small shards and chunks, so each query spans several of both.
const OPTIONS = { shardChars: 500, chunkSize: 2 };

function sharded(locale: string, failing: Set<string> = new Set()) {
  const serialized = indexes.get(locale);
  if (!serialized) throw new Error(`no index for ${locale}`);
  const { manifest, shards, neighbours, chunks } = shardSearchIndex(
    { ...serialized, plain: JSON.parse(serialized.index) as AsPlainObject },
    OPTIONS,
  );
  const fetched: string[] = [];
  const serve = <T>(name: string, value: T | undefined) => {
    fetched.push(name);
    if (failing.has(name) || value === undefined) return Promise.reject(new Error(`${name} failed`));
    // Through JSON, as the browser gets them.
    return Promise.resolve(JSON.parse(JSON.stringify(value)) as T);
  };
  const engine = shardedSentenceSearch(manifest, {
    shard: (index) => serve(`t${index}`, shards[index]),
    neighbours: (index) => serve(`n${index}`, neighbours[index]),
    chunk: (index) => serve(`d${index}`, chunks[index]),
  });
  return { engine, fetched, shards, chunks, whole: loadSearchIndex(serialized) };
}

async function settled(engine: SentenceSearch, query: string, limit?: number) {
  for (let pending = engine.prepare(query, limit); pending; pending = engine.prepare(query, limit))
    await pending;
  return engine.search(query, limit);
}

/** The hits a list shows first for `query`, and the files fetched until then. */
async function firstResults(engine: SentenceSearch, fetched: string[], query: string, limit = 6) {
  expect(engine.ready(query, limit)).toBe(false);
  for (let pending = engine.prepare(query, limit); pending; pending = engine.prepare(query, limit)) {
    await pending;
    if (engine.ready(query, limit)) break;
  }
  return { hits: engine.search(query, limit), files: [...fetched] };
}

const QUERIES: [string, string][] = [
  ['zh-cn', '订阅'],
  ['zh-cn', 'subscription'],
  ['zh-cn', '账单'],
  ['zh-cn', '维护期间微软会直接通知我的客户吗？'],
  ['zh-tw', 'service incident'],
  ['zh-tw', '服務事件或其他操作資'],
  ['zh-tw', '客戶另外向 Microsoft 直接購買的產品，誰會跟他們聯絡？'],
  ['en-us', 'subscriptoin'],
  ['en-us', 'reminder'],
  ['en-us', '订阅'],
  ['en-us', 'Will Microsoft email my client about an outage?'],
  ['en-us', 'service in'],
  ['zh-cn', '合作伙伴中心'],
  ['en-us', 'Is the zebra quantum enough for the platypus?'],
];

describe('the sharded sentence index', () => {
  it.each(QUERIES)(
    'on %s, “%s” finds what the whole index finds, ranked and marked alike',
    async (locale, query) => {
      const { engine, whole } = sharded(locale);
      for (const limit of [6, 20])
        expect(await settled(engine, query, limit)).toEqual(whole.search(query, limit));
    },
  );

  it('finds each prefix of a query typed key by key as the whole index does', async () => {
    const { engine, whole } = sharded('zh-cn');
    const typed = 'customer se';
    for (let end = 2; end <= typed.length; end += 1) {
      const query = typed.slice(0, end);
      expect(await settled(engine, query, 6)).toEqual(whole.search(searchableQuery(query), 6));
    }
  });

  it('fetches a few shards and chunks for a query, and nothing more for it once they are there', async () => {
    const { engine, fetched, shards } = sharded('zh-cn');
    await settled(engine, '订阅', 6);
    const terms = fetched.filter((name) => name.startsWith('t')).length;
    const documents = fetched.filter((name) => name.startsWith('d')).length;
    expect(terms).toBeGreaterThan(0);
    expect(terms).toBeLessThan(shards.length / 2);
    expect(documents).toBeLessThanOrEqual(6);
    expect(engine.prepare('订阅', 6)).toBeNull();
    expect(new Set(fetched).size).toBe(fetched.length);
  });

  it('rejects when a shard fails to download, and fetches it again on the next try', async () => {
    const failing = new Set<string>();
    const { engine, whole, fetched } = sharded('zh-cn', failing);
    const probe = sharded('zh-cn');
    await settled(probe.engine, '订阅', 6);
    const firstShard = probe.fetched.find((name) => name.startsWith('t')) ?? '';
    failing.add(firstShard);
    await expect(engine.prepare('订阅', 6)).rejects.toThrow(`${firstShard} failed`);
    failing.delete(firstShard);
    expect(await settled(engine, '订阅', 6)).toEqual(whole.search('订阅', 6));
    expect(fetched.filter((name) => name === firstShard)).toHaveLength(2);
  });

  it('reads a typo in a Latin word’s first two letters as no match: “renewal” does not find “general”', async () => {
    const { engine, whole } = sharded('en-us');
    expect(whole.search('renewal').some((hit) => /\bgeneral\b/u.test(hit.text))).toBe(true);
    expect(await settled(engine, 'renewal')).toEqual([]);
  });

  it('searches “customer s” as “customer” until the second letter: one letter would match a twentieth of all terms', () => {
    expect(searchableQuery('customer s')).toBe('customer');
    expect(searchableQuery('customer se')).toBe('customer se');
    expect(searchableQuery('s')).toBe('s');
    expect(searchableQuery('服务 事')).toBe('服务 事');
  });

  it('finds which shards hold a range of terms', () => {
    const starts = ['', 'b', 'd', 'f'];
    expect(shardsOfRange(starts, ['a', 'a'])).toEqual([0]);
    expect(shardsOfRange(starts, ['b', 'b\uffff'])).toEqual([1]);
    expect(shardsOfRange(starts, ['c', 'e'])).toEqual([1, 2]);
    expect(shardsOfRange(starts, ['d', 'd'])).toEqual([2]);
    expect(shardsOfRange(starts, ['z', 'z\uffff'])).toEqual([3]);
    expect(shardsOfRange([''], ['m', 'm\uffff'])).toEqual([0]);
  });
});

describe('the first results of a query, before its typos and synonyms are fetched', () => {
  const shardsOfTerm = (locale: string, term: string) => {
    const serialized = indexes.get(locale);
    if (!serialized) throw new Error(`no index for ${locale}`);
    const { manifest } = shardSearchIndex(
      { ...serialized, plain: JSON.parse(serialized.index) as AsPlainObject },
      OPTIONS,
    );
    return shardsOfRange(manifest.shards, [term, term]).map((index) => `t${index}`);
  };

  it('shows a Chinese keyword’s hits from its own shards, then fetches its typos’ and refines them', async () => {
    const { engine, fetched, whole } = sharded('zh-cn');
    const first = await firstResults(engine, fetched, '订阅');
    expect(first.hits.map((hit) => hit.text)).toContainEqual(expect.stringContaining('订阅'));
    expect(first.files.some((file) => file.startsWith('n'))).toBe(false);
    expect(await settled(engine, '订阅', 6)).toEqual(whole.search('订阅', 6));
    expect(fetched.some((file) => file.startsWith('n'))).toBe(true);
  });

  it('fetches no typos for a word read whole or as a prefix: its first results are its last', async () => {
    const { engine, fetched, whole } = sharded('en-us');
    const first = await firstResults(engine, fetched, 'bill');
    expect(first.hits.map((hit) => hit.text)).toContainEqual(expect.stringContaining('billing'));
    expect(first.hits).toEqual(whole.search('bill', 6));
    expect(engine.prepare('bill', 6)).toBeNull();
  });

  it('reads a question’s concepts, never its function words (“to”, “my”)', async () => {
    const { engine, fetched } = sharded('en-us');
    const question = 'Does Microsoft send renewal reminders to my customers?';
    await settled(engine, question, 6);
    const concepts = ['microsoft', 'send', 'renewal', 'customers'].flatMap((term) =>
      shardsOfTerm('en-us', term),
    );
    const functionWords = ['to', 'my', 'does']
      .flatMap((term) => shardsOfTerm('en-us', term))
      .filter((file) => !concepts.includes(file));
    expect(functionWords.length).toBeGreaterThan(0);
    expect(fetched.filter((file) => functionWords.includes(file))).toEqual([]);
  });

  it('ranks a question’s hits as the whole index does, less those a typo in a first two letters brings (“renewal” → “general”)', async () => {
    const { engine, whole } = sharded('en-us');
    const question = 'Does Microsoft send renewal reminders to my customers?';
    const ids = (await settled(engine, question)).map((hit) => hit.id);
    const wholeIds = whole.search(question).map((hit) => hit.id);
    expect(ids).toEqual(wholeIds.filter((id) => ids.includes(id)));
    // The general expectation sentence, and an answer the weaker "renewal" concept then ranks as noise.
    expect(ids.length).toBe(wholeIds.length - 2);
  });

  it.each(QUESTIONS)(
    'on %s, “%s” shows %s first, resting on its sentence, from its first results on',
    async (locale, question, outcome, cited) => {
      const { engine, fetched } = sharded(locale);
      const sentence = `/${locale}/articles/customer-communication-from-microsoft#${sentenceAnchorId(CITED_SENTENCES[cited])}`;
      const { hits } = await firstResults(engine, fetched, question);
      expect(hits[0]?.id).toBe(`outcome:${outcome}`);
      expect(hits[0]?.restsOn?.href).toBe(sentence);
      const [last] = await settled(engine, question, 6);
      expect(last?.id).toBe(`outcome:${outcome}`);
      expect(last?.restsOn?.href).toBe(sentence);
    },
  );

  it('asks no concept again of an index no shard has grown: the same question without its question mark', async () => {
    const { engine, whole } = sharded('zh-cn');
    await settled(engine, '维护期间微软会直接通知我的客户吗？', 6);
    const again = '维护期间微软会直接通知我的客户吗';
    const expected = whole.search(again, 6);
    const asked = vi.spyOn(MiniSearch.prototype, 'search');
    try {
      expect(engine.search(again, 6)).toEqual(expected);
      expect(asked).not.toHaveBeenCalled();
    } finally {
      asked.mockRestore();
    }
  });

  it('reads a last word of two letters whole, listing the words before it while it finds nothing', async () => {
    const { engine, fetched, whole } = sharded('en-us');
    await settled(engine, 'service', 6);
    const before = fetched.length;
    expect(await settled(engine, 'service in', 6)).toEqual(whole.search('service in', 6));
    // "in" itself, not the range of every term it starts.
    expect(fetched.slice(before).filter((file) => file.startsWith('t'))).toEqual(
      shardsOfTerm('en-us', 'in').filter((file) => !fetched.slice(0, before).includes(file)),
    );
    expect(await settled(engine, 'customer se', 6)).toEqual(whole.search('customer', 6));
    expect(await settled(engine, 'customer ser', 6)).not.toEqual(whole.search('customer', 6));
  });
});
