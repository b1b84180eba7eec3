import { createHash } from 'node:crypto';
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import type { Plugin } from 'vite';
import type { Article, LocaleId } from '../domain/article';
import { OUTCOME_IDS, TOPIC_OPTIONS } from '../domain/decision/who-contacts';
import { plainSearchIndex } from '../domain/search';
import type { PlainSearchIndex, SerializedSearchIndex } from '../domain/search-model';
import {
  searchDocumentsFor,
  searchLocalesOf,
  type OutcomeText,
  type ScriptVariant,
  type TopicText,
} from '../domain/search-documents';
import { shardSearchIndex, type ShardedIndex } from '../domain/search-shards';
import { cachedShardFolder, pruneShardCache } from './search-shard-cache';
import { defaultContentDir } from './vite-plugin-content';
import { sourceFilesOf } from './pipeline/content-layout';
import { loadContentDir } from './pipeline/load-content';
import { sharedParseCache } from './pipeline/parse-cache';

/**
 * Build-time sentence search: one MiniSearch index per page locale, cut into shards
 * (`src/domain/search-shards.ts`). Each locale's manifest is its own chunk (`virtual:search-index/<locale>`),
 * reached only through the loaders of `virtual:search-index`, which only the search field's lazily imported
 * engine imports: no route's first-load JavaScript holds an index. The term shards and stored-field chunks
 * are JSON files under `assets/search/<locale>-<hash>/` (a new hash whenever the index changes), which the
 * engine fetches per query. Articles come through the content pipeline's public loader; outcomes' titles
 * and explanations from the wizard's UI strings. OpenCC (build time only) adds each Chinese text in the
 * other script.
 */
const LOADERS_ID = 'virtual:search-index';
const INDEX_PREFIX = 'virtual:search-index/';
const RESOLVED_PREFIX = '\0';
const SHARD_DIR = 'assets/search';
/**
 * Every shard file of every locale (path → JSON text), for the component tests' fetch: jsdom has no server
 * to send them. Nothing the app builds imports it.
 */
const SHARD_FILES_ID = 'virtual:search-shard-files';

interface LocaleShards {
  /** `assets/search/<locale>-<hash>`: where its files are, relative to the site's base. */
  dir: string;
  /** Where the build wrote them (a cache folder named by the same hash); copied into the output. */
  written: string;
  manifest: ShardedIndex['manifest'];
}

/** Each file of a locale's shards: name → JSON text. */
function filesOf(sharded: ShardedIndex): Map<string, string> {
  const files = new Map<string, string>();
  sharded.shards.forEach((shard, index) => files.set(`t${index}.json`, JSON.stringify(shard)));
  sharded.neighbours.forEach((shard, index) => files.set(`n${index}.json`, JSON.stringify(shard)));
  sharded.chunks.forEach((chunk, index) => files.set(`d${index}.json`, JSON.stringify(chunk)));
  return files;
}

/** The files of every locale (output-relative path → JSON text), read back from where they were written. */
function allFiles(indexes: Map<LocaleId, LocaleShards>): Map<string, string> {
  const files = new Map<string, string>();
  for (const { dir, written } of indexes.values())
    for (const name of readdirSync(written))
      files.set(`${dir}/${name}`, readFileSync(path.join(written, name), 'utf8'));
  return files;
}

export function searchIndexPlugin(
  contentDir: string = defaultContentDir(),
  wizardStringsDir: string = path.resolve('src/features/wizard/locales'),
): Plugin {
  let cached: Map<LocaleId, LocaleShards> | null = null;
  let base = '/';
  let serverBuild = false;
  const indexes = () => (cached ??= writeSearchIndexes(contentDir, wizardStringsDir));
  return {
    name: 'help-center-search-index',
    configResolved(config) {
      base = config.base;
      serverBuild = config.command === 'build' && Boolean(config.build.ssr);
    },
    resolveId(id) {
      if (id === LOADERS_ID || id === SHARD_FILES_ID || id.startsWith(INDEX_PREFIX))
        return RESOLVED_PREFIX + id;
      return null;
    },
    load(id) {
      if (id === RESOLVED_PREFIX + SHARD_FILES_ID) {
        const files = [...allFiles(indexes())];
        return `export default new Map(JSON.parse(${JSON.stringify(JSON.stringify(files))}));`;
      }
      if (!id.startsWith(RESOLVED_PREFIX + LOADERS_ID)) return null;
      const virtualId = id.slice(RESOLVED_PREFIX.length);
      for (const file of sourceFilesOf(contentDir)) this.addWatchFile(file);
      if (virtualId === LOADERS_ID && serverBuild) {
        // The server never searches (a results page is a shell the browser fills): the locales that
        // have an index, without building one (it took 75 s of the real corpus's server build).
        const locales = localesOf(loadContentDir(contentDir, sharedParseCache().read).articles);
        const loaders = locales.map(
          (locale) => `${JSON.stringify(locale)}: () => Promise.reject(new Error('No search on the server'))`,
        );
        return `export const searchIndexLoaders = {\n  ${loaders.join(',\n  ')}\n};`;
      }
      if (virtualId === LOADERS_ID) {
        const loaders = [...indexes().keys()]
          .map(
            (locale) => `${JSON.stringify(locale)}: () => import(${JSON.stringify(INDEX_PREFIX + locale)})`,
          )
          .join(',\n  ');
        return `export const searchIndexLoaders = {\n  ${loaders}\n};`;
      }
      const index = indexes().get(virtualId.slice(INDEX_PREFIX.length));
      if (!index) return this.error(`No search index for ${virtualId}`);
      const module = { manifest: index.manifest, base: `${base}${index.dir}/` };
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(module))});`;
    },
    writeBundle(options) {
      // The browser's build gets the files; the server's never fetches them.
      if (this.environment.name !== 'client' || !options.dir) return;
      const outDir = options.dir;
      const copy = () => {
        for (const { dir, written } of indexes().values())
          cpSync(written, path.join(outDir, dir), { recursive: true });
      };
      try {
        copy();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        // A build running beside this one pruned a folder this one reused: write the indexes again (the
        // same content gives the same folders, so the chunks already written still name them) and copy.
        cached = null;
        copy();
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const pathname = (request.url ?? '').split('?')[0] ?? '';
        if (!pathname.startsWith(`${base}${SHARD_DIR}/`)) return next();
        const [dir, name = ''] = [
          path.posix.dirname(pathname.slice(base.length)),
          path.posix.basename(pathname),
        ];
        const index = [...indexes().values()].find((each) => each.dir === dir);
        if (!index || !/^[tnd]\d+\.json$/.test(name)) return next();
        response.setHeader('Content-Type', 'application/json');
        response.end(readFileSync(path.join(index.written, name)));
      });
    },
    watchChange(id) {
      if (id.startsWith(contentDir) || id.startsWith(wizardStringsDir)) cached = null;
    },
  };
}

/**
 * One locale at a time: its index, its shards written to the cache (a folder per index hash, written
 * whole then renamed, so builds running side by side never read a half-written one), then the next; only
 * the manifests stay in memory. At seventeen locales every index at once held gigabytes.
 */
function writeSearchIndexes(contentDir: string, wizardStringsDir: string): Map<LocaleId, LocaleShards> {
  pruneShardCache();
  const indexes = new Map<LocaleId, LocaleShards>();
  for (const index of searchIndexesOf(contentDir, wizardStringsDir)) {
    const sharded = shardSearchIndex(index);
    const files = filesOf(sharded);
    const hash = createHash('sha256');
    for (const [file, text] of files) hash.update(file).update(text);
    const name = `${index.locale}-${hash.digest('hex').slice(0, 10)}`;
    const written = cachedShardFolder(name, files);
    indexes.set(index.locale, { dir: `${SHARD_DIR}/${name}`, written, manifest: sharded.manifest });
  }
  return indexes;
}

/** Every locale's whole index (the domain tests search them). */
export function buildSearchIndexes(
  contentDir: string,
  wizardStringsDir: string,
): Map<LocaleId, SerializedSearchIndex> {
  return new Map(
    [...searchIndexesOf(contentDir, wizardStringsDir)].map(({ plain, ...index }) => [
      index.locale,
      { ...index, index: JSON.stringify(plain) },
    ]),
  );
}

const localesOf = (articles: readonly Article[]): LocaleId[] =>
  [...new Set(articles.map((article) => article.locale))].sort();

/** Each page locale's index in turn, built when asked for. */
function* searchIndexesOf(contentDir: string, wizardStringsDir: string): Generator<PlainSearchIndex> {
  const { articles } = loadContentDir(contentDir, sharedParseCache().read);
  const locales = localesOf(articles);
  const strings = wizardStringsOf(wizardStringsDir, locales);
  const outcomes = outcomeTextsOf(strings);
  const topics = topicTextsOf(strings);
  const variantOf = scriptVariants();
  for (const locale of locales) {
    const searched = searchLocalesOf(locale, locales, [...strings.keys()]);
    const documents = searchDocumentsFor(locale, articles, outcomes, variantOf, topics, searched);
    yield plainSearchIndex(locale, searched, documents);
  }
}

/** Simplified ↔ Traditional (Taiwan), so a query in either script finds both versions. */
function scriptVariants(): ScriptVariant {
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  return (text, locale) =>
    locale === 'zh-cn' ? toTraditional(text) : locale === 'zh-tw' ? toSimplified(text) : text;
}

/**
 * The wizard's strings as far as search goes: `outcome.<id>.heading` and `.explanation`, and the topic
 * question's `option.<id>` and `optionHint.<id>`.
 */
interface WizardStrings {
  outcome?: Record<string, { heading?: unknown; explanation?: unknown } | string>;
  question?: { topic?: { option?: Record<string, unknown>; optionHint?: Record<string, unknown> } };
}

function wizardStringsOf(dir: string, locales: readonly LocaleId[]): Map<LocaleId, WizardStrings> {
  const files = new Set(readdirSync(dir));
  const strings = new Map<LocaleId, WizardStrings>();
  for (const locale of locales) {
    if (files.has(`${locale}.json`))
      strings.set(
        locale,
        JSON.parse(readFileSync(path.join(dir, `${locale}.json`), 'utf8')) as WizardStrings,
      );
  }
  return strings;
}

function topicTextsOf(strings: Map<LocaleId, WizardStrings>): TopicText[] {
  return TOPIC_OPTIONS.map((id) => {
    const text: Record<LocaleId, string> = {};
    for (const [locale, byLocale] of strings) {
      const parts = [byLocale.question?.topic?.option?.[id], byLocale.question?.topic?.optionHint?.[id]];
      text[locale] = parts.filter((part): part is string => typeof part === 'string').join(' ');
    }
    return { id, text };
  });
}

function outcomeTextsOf(strings: Map<LocaleId, WizardStrings>): OutcomeText[] {
  return OUTCOME_IDS.map((id) => {
    const title: Record<LocaleId, string> = {};
    const explanation: Record<LocaleId, string> = {};
    for (const [locale, byLocale] of strings) {
      const entry = byLocale.outcome?.[id];
      if (typeof entry !== 'object') continue;
      if (typeof entry.heading === 'string') title[locale] = entry.heading;
      if (typeof entry.explanation === 'string') explanation[locale] = entry.explanation;
    }
    return { id, title, explanation };
  });
}
