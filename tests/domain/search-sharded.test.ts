// The sharded index: per query, the browser fetches only the shards and chunks it needs, and finds what
// the whole index finds, in the same order and with the same highlighting.
import type { AsPlainObject } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildSearchIndexes } from '../../src/content/vite-plugin-search-index';
import { loadSearchIndex } from '../../src/domain/search';
import type { SentenceSearch } from '../../src/domain/search-model';
import { searchableQuery, shardedSentenceSearch } from '../../src/domain/search-sharded';
import { shardSearchIndex, shardsOfRange, termRangeOf } from '../../src/domain/search-shards';

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
  ['en-us', 'Does Microsoft send renewal reminders to my customers?'],
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

  it('reads a word as a range of terms: its first two letters (one Chinese character) unless read exactly', () => {
    expect(termRangeOf('subscriptoin', false)).toEqual(['su', 'su\uffff']);
    expect(termRangeOf('订阅', false)).toEqual(['订', '订\uffff']);
    expect(termRangeOf('client', true)).toEqual(['client', 'client']);
    const starts = ['', 'b', 'd', 'f'];
    expect(shardsOfRange(starts, ['a', 'a'])).toEqual([0]);
    expect(shardsOfRange(starts, ['b', 'b\uffff'])).toEqual([1]);
    expect(shardsOfRange(starts, ['c', 'e'])).toEqual([1, 2]);
    expect(shardsOfRange(starts, ['z', 'z\uffff'])).toEqual([3]);
  });
});
