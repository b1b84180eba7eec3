import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import type { Plugin } from 'vite';
import type { LocaleId } from '../domain/article';
import { OUTCOME_IDS, TOPIC_OPTIONS } from '../domain/decision/who-contacts';
import { buildSearchIndex } from '../domain/search';
import type { SerializedSearchIndex } from '../domain/search-model';
import {
  searchDocumentsFor,
  type OutcomeText,
  type ScriptVariant,
  type TopicText,
} from '../domain/search-documents';
import { shardSearchIndex, type ShardedIndex } from '../domain/search-shards';
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
  sharded: ShardedIndex;
}

/** Each file of a locale's shards: path under the output folder → JSON text. */
function filesOf({ dir, sharded }: LocaleShards): Map<string, string> {
  const files = new Map<string, string>();
  sharded.shards.forEach((shard, index) => files.set(`${dir}/t${index}.json`, JSON.stringify(shard)));
  sharded.neighbours.forEach((shard, index) => files.set(`${dir}/n${index}.json`, JSON.stringify(shard)));
  sharded.chunks.forEach((chunk, index) => files.set(`${dir}/d${index}.json`, JSON.stringify(chunk)));
  return files;
}

export function searchIndexPlugin(
  contentDir: string = defaultContentDir(),
  wizardStringsDir: string = path.resolve('src/features/wizard/locales'),
): Plugin {
  let cached: Map<LocaleId, LocaleShards> | null = null;
  let base = '/';
  const indexes = () => (cached ??= shardedIndexes(buildSearchIndexes(contentDir, wizardStringsDir)));
  return {
    name: 'help-center-search-index',
    configResolved(config) {
      base = config.base;
    },
    resolveId(id) {
      if (id === LOADERS_ID || id === SHARD_FILES_ID || id.startsWith(INDEX_PREFIX))
        return RESOLVED_PREFIX + id;
      return null;
    },
    load(id) {
      if (id === RESOLVED_PREFIX + SHARD_FILES_ID) {
        const files = [...indexes().values()].flatMap((index) => [...filesOf(index)]);
        return `export default new Map(JSON.parse(${JSON.stringify(JSON.stringify(files))}));`;
      }
      if (!id.startsWith(RESOLVED_PREFIX + LOADERS_ID)) return null;
      const virtualId = id.slice(RESOLVED_PREFIX.length);
      for (const file of sourceFilesOf(contentDir)) this.addWatchFile(file);
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
      const module = { manifest: index.sharded.manifest, base: `${base}${index.dir}/` };
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(module))});`;
    },
    generateBundle() {
      // The browser's build writes the files; the server's never fetches them.
      if (this.environment.name !== 'client') return;
      for (const index of indexes().values())
        for (const [fileName, source] of filesOf(index)) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const pathname = (request.url ?? '').split('?')[0] ?? '';
        if (!pathname.startsWith(`${base}${SHARD_DIR}/`)) return next();
        const file = pathname.slice(base.length);
        const source = [...indexes().values()].map((index) => filesOf(index).get(file)).find(Boolean);
        if (source === undefined) return next();
        response.setHeader('Content-Type', 'application/json');
        response.end(source);
      });
    },
    watchChange(id) {
      if (id.startsWith(contentDir) || id.startsWith(wizardStringsDir)) cached = null;
    },
  };
}

function shardedIndexes(indexes: Map<LocaleId, SerializedSearchIndex>): Map<LocaleId, LocaleShards> {
  return new Map(
    [...indexes].map(([locale, index]) => {
      const hash = createHash('sha256').update(index.index).digest('hex').slice(0, 10);
      return [locale, { dir: `${SHARD_DIR}/${locale}-${hash}`, sharded: shardSearchIndex(index) }];
    }),
  );
}

export function buildSearchIndexes(
  contentDir: string,
  wizardStringsDir: string,
): Map<LocaleId, SerializedSearchIndex> {
  const { articles } = loadContentDir(contentDir, sharedParseCache().read);
  const locales = [...new Set(articles.map((article) => article.locale))].sort();
  const strings = wizardStringsOf(wizardStringsDir, locales);
  const outcomes = outcomeTextsOf(strings);
  const topics = topicTextsOf(strings);
  const variantOf = scriptVariants();
  return new Map(
    locales.map((locale) => [
      locale,
      buildSearchIndex(locale, locales, searchDocumentsFor(locale, articles, outcomes, variantOf, topics)),
    ]),
  );
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
