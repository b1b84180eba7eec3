// Bytes (brotli copies as written) a fresh page fetches before a query's first results, from a built dist.
import { runnerImport } from 'vite';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
const dist = process.argv[2];
const load = async (id) => (await runnerImport(id, { configFile: false, logLevel: 'silent' })).module;
const sharded = await load('/src/domain/search-sharded.ts');
const assets = path.join(dist, 'assets');
const manifests = {};
for (const f of readdirSync(assets)) {
  if (!f.endsWith('.js')) continue;
  const s = readFileSync(path.join(assets, f), 'utf8');
  if (!s.includes('chunkSize') || !s.includes('/assets/search/')) continue;
  const mod = (await import(path.resolve(assets, f))).default;
  if (!mod?.manifest) continue;
  manifests[mod.manifest.locale] = { ...mod, file: f };
}
const queries = process.argv.slice(3);
for (const q of queries) {
  const [locale, query] = q.split('|');
  const m = manifests[locale];
  let bytes = statSync(path.join(assets, m.file + (existsSync(path.join(assets, m.file + '.br')) ? '.br' : ''))).size;
  let files = 1;
  const dir = path.join(dist, m.base.replace(/^\//, ''));
  const get = (name) => { const p = path.join(dir, name); const br = p + '.br'; bytes += statSync(existsSync(br) ? br : p).size; files++; return JSON.parse(readFileSync(p, 'utf8')); };
  const search = sharded.shardedSentenceSearch(m.manifest, { shard: async (i) => get(`t${i}.json`), neighbours: async (i) => get(`n${i}.json`), chunk: async (i) => get(`d${i}.json`) });
  await search.prepare?.(query);
  const hits = search.search(query, 6);
  console.log(`${locale} ${JSON.stringify(query)}: ${(bytes / 1000).toFixed(1)} kB, ${files} files, ${hits.length} hits`);
}
