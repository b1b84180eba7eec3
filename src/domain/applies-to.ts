/**
 * The "Applies to" (clouds) and "Appropriate roles" lines of an article as canonical, URL-friendly ids,
 * plus the applies-to filter: whether a locale's version lists its values, and which values the filter offers.
 * What a value is (cloud, role, program, sentence) is ./applies-to-values.ts; reading the filter from a URL
 * is src/domain/url-input's (src/domain/url-input/filter.ts).
 */
import type { Article, LabelledList, LocaleId } from './article';
import {
  aliasSlugsOf,
  classifyValue,
  KNOWN_CLOUDS,
  KNOWN_ROLES,
  matchKeyOf,
  type CloudId,
  type KnownValue,
  type RoleId,
  type ValueLine,
} from './applies-to-values';
import { FILTER_PARAMS, type FilterParam } from './filter-params';

/** One listed value with its canonical id. */
export interface AppliesToEntry<Id extends string = string> {
  id: Id;
  /** The English original, as the source gives it. */
  english: string;
  /** The value as the locale's version shows it. */
  text: string;
}

export interface AppliesTo {
  /**
   * Clouds the version lists, in source order, one entry per id. Empty when it has no applies-to line. What
   * else the line names (programs, products, sentences) the article shows, but it is no cloud.
   */
  clouds: AppliesToEntry<CloudId>[];
  /** Roles the version lists, in source order, one entry per id. Empty when it has no roles line. */
  roles: AppliesToEntry<RoleId>[];
}

function entriesOf(list: LabelledList | null, line: ValueLine): AppliesToEntry[] {
  const seen = new Set<string>();
  const entries: AppliesToEntry[] = [];
  for (const value of list?.values ?? []) {
    const { kind, id } = classifyValue(value.english, line);
    if (kind !== line || seen.has(id)) continue;
    seen.add(id);
    entries.push({ id, english: value.english, text: value.text });
  }
  return entries;
}

/** The clouds and roles one locale's version lists, with canonical ids and that version's display text. */
export function appliesToOf(article: Pick<Article, 'appliesTo' | 'roles'>): AppliesTo {
  return { clouds: entriesOf(article.appliesTo, 'cloud'), roles: entriesOf(article.roles, 'role') };
}

/**
 * The cloud ids a version lists, or null when it has no applies-to line at all (then nothing can be said
 * about any cloud, which differs from "lists others but not this one").
 */
export function listedCloudIdsOf(article: Pick<Article, 'appliesTo' | 'roles'>): CloudId[] | null {
  return article.appliesTo === null ? null : appliesToOf(article).clouds.map((cloud) => cloud.id);
}

/** A value the filter offers, with what the articles call it. */
export interface FilterOption {
  id: string;
  /** The canonical English spelling of a known value, else the first English seen. */
  english: string;
  /** How many articles (slugs) list it in some version. */
  articles: number;
  /** Other ids a URL may name it by (`advisors`, `global-admins`): see `aliasSlugsOf`. */
  aliases: string[];
  /** Per locale: what that locale's versions most often call it, preferring the canonical spelling's. */
  labels: Record<LocaleId, string>;
}

type Listed = Pick<Article, 'slug' | 'locale' | 'appliesTo' | 'roles'>;

/**
 * Every cloud and role any of the given versions lists, the ones most articles list first (ties in
 * first-seen order): the options of the filter. Aliases are one option ("Advisors" is "Advisor").
 */
export function filterOptionsOf(versions: readonly Listed[]): Record<FilterParam, FilterOption[]> {
  return {
    cloud: optionsOf(versions, 'cloud', KNOWN_CLOUDS),
    role: optionsOf(versions, 'role', KNOWN_ROLES),
  };
}

interface Tally {
  id: string;
  english: string;
  spellings: Set<string>;
  slugs: Set<string>;
  /** Per locale, text → [count, seen with the canonical spelling]. */
  texts: Map<LocaleId, Map<string, { count: number; canonical: boolean }>>;
}

function optionsOf(
  versions: readonly Listed[],
  line: ValueLine,
  known: readonly KnownValue[],
): FilterOption[] {
  const canonicalKey = new Map(known.map((value) => [value.id, matchKeyOf(value.english[0] ?? '')]));
  const knownById = new Map(known.map((value) => [value.id, value.english]));
  const tallies = new Map<string, Tally>();
  for (const version of versions) {
    const listed = appliesToOf(version);
    for (const entry of line === 'cloud' ? listed.clouds : listed.roles) {
      const tally = tallies.get(entry.id) ?? {
        id: entry.id,
        english: knownById.get(entry.id)?.[0] ?? entry.english,
        spellings: new Set<string>(knownById.get(entry.id)),
        slugs: new Set<string>(),
        texts: new Map(),
      };
      tallies.set(entry.id, tally);
      tally.slugs.add(version.slug);
      tally.spellings.add(entry.english);
      const texts =
        tally.texts.get(version.locale) ?? new Map<string, { count: number; canonical: boolean }>();
      tally.texts.set(version.locale, texts);
      const seen = texts.get(entry.text) ?? { count: 0, canonical: false };
      seen.count += 1;
      seen.canonical ||= canonicalKey.get(entry.id) === matchKeyOf(entry.english);
      texts.set(entry.text, seen);
    }
  }
  // An alias never hides another option's own id.
  const ownIds = new Set(tallies.keys());
  // Array.prototype.sort is stable: equal counts keep first-seen order.
  return [...tallies.values()]
    .sort((a, b) => b.slugs.size - a.slugs.size)
    .map((tally) => ({
      id: tally.id,
      english: tally.english,
      articles: tally.slugs.size,
      aliases: aliasSlugsOf(tally.id, [...tally.spellings]).filter((alias) => !ownIds.has(alias)),
      labels: Object.fromEntries([...tally.texts].map(([locale, texts]) => [locale, mostUsedText(texts)])),
    }));
}

/** The text most used with the canonical spelling, else the most used; ties in first-seen order. */
function mostUsedText(texts: ReadonlyMap<string, { count: number; canonical: boolean }>): string {
  let best: [string, { count: number; canonical: boolean }] | undefined;
  for (const candidate of texts) {
    if (
      best === undefined ||
      Number(candidate[1].canonical) > Number(best[1].canonical) ||
      (candidate[1].canonical === best[1].canonical && candidate[1].count > best[1].count)
    )
      best = candidate;
  }
  return best?.[0] ?? '';
}

/** The ids of `filterOptionsOf`: the values a filter may take, the most listed first. */
export function filterValuesOf(versions: readonly Listed[]): { clouds: CloudId[]; roles: RoleId[] } {
  const options = filterOptionsOf(versions);
  return {
    clouds: options.cloud.map((option) => option.id),
    roles: options.role.map((option) => option.id),
  };
}

// ---------------------------------------------------------------------------------------------------------
// The filter

export interface AppliesToFilter extends Record<FilterParam, string | null> {
  cloud: CloudId | null;
  role: RoleId | null;
}

export const NO_FILTER: Readonly<AppliesToFilter> = Object.freeze({ cloud: null, role: null });

export function isFilterActive(filter: AppliesToFilter): boolean {
  return filter.cloud !== null || filter.role !== null;
}

// ---------------------------------------------------------------------------------------------------------
// Matching an article's versions against the filter

/** Whether a version lists the chosen value; `no-filter` when nothing was chosen for that criterion. */
export type Listing = 'listed' | 'not-listed' | 'no-filter';

export interface ArticleMatch {
  /** Whether the version being read lists the chosen cloud. */
  cloud: Listing;
  /** Whether the version being read lists the chosen role. */
  role: Listing;
  /** True when no criterion is `not-listed` for the version being read. */
  matches: boolean;
  /**
   * The OTHER locales whose version lists every chosen value (sorted; empty without a filter). Only what a
   * version actually lists counts: a locale is never offered for a value none of its text names.
   */
  otherLocalesListing: LocaleId[];
  /** The same per criterion, so the UI can say "zh-tw lists Germany" even when no version lists both. */
  otherLocalesListingEach: { cloud: LocaleId[]; role: LocaleId[] };
}

type ArticleVersion = Pick<Article, 'locale' | 'appliesTo' | 'roles'>;

function listingOf(chosen: string | null, listedIds: readonly string[]): Listing {
  if (chosen === null) return 'no-filter';
  return listedIds.includes(chosen) ? 'listed' : 'not-listed';
}

function versionListingOf(
  version: ArticleVersion | undefined,
  filter: AppliesToFilter,
): Record<FilterParam, Listing> {
  const listed = version ? appliesToOf(version) : { clouds: [], roles: [] };
  const idsOf = (entries: readonly AppliesToEntry[]): string[] => entries.map((entry) => entry.id);
  return {
    cloud: listingOf(filter.cloud, idsOf(listed.clouds)),
    role: listingOf(filter.role, idsOf(listed.roles)),
  };
}

/**
 * Tells, for the version of `locale` among `versions` (all locale versions of one slug), whether it lists
 * the filter's cloud and role, and which other locales' versions do. A locale missing from `versions`
 * lists nothing.
 */
export function matchArticle(
  versions: readonly ArticleVersion[],
  locale: LocaleId,
  filter: AppliesToFilter,
): ArticleMatch {
  const current = versionListingOf(
    versions.find((version) => version.locale === locale),
    filter,
  );
  const others = versions
    .filter((version) => version.locale !== locale)
    .map((version) => ({ locale: version.locale, listing: versionListingOf(version, filter) }));
  const active = FILTER_PARAMS.filter((criterion) => filter[criterion] !== null);
  const localesWhere = (criteria: readonly FilterParam[]): LocaleId[] =>
    criteria.length === 0
      ? []
      : uniqueSorted(
          others
            .filter((other) => criteria.every((criterion) => other.listing[criterion] === 'listed'))
            .map((other) => other.locale),
        );
  return {
    ...current,
    matches: current.cloud !== 'not-listed' && current.role !== 'not-listed',
    otherLocalesListing: localesWhere(active),
    otherLocalesListingEach: {
      cloud: localesWhere(active.filter((criterion) => criterion === 'cloud')),
      role: localesWhere(active.filter((criterion) => criterion === 'role')),
    },
  };
}

function uniqueSorted(locales: readonly LocaleId[]): LocaleId[] {
  return [...new Set(locales)].sort();
}
