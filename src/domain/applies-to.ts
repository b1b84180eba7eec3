/**
 * The "Applies to" (clouds) and "Appropriate roles" lines of an article as canonical, URL-friendly ids,
 * plus the applies-to filter: whether a locale's version lists its values. Reading the filter from a URL is
 * src/domain/url-input's (src/domain/url-input/filter.ts).
 *
 * Values are identified by their ENGLISH original (the `sxs-lookup` text), never by the translation: the
 * translations differ between locales and between source versions, the English is what aligns them.
 */
import type { Article, LabelledList, LocaleId } from './article';
import { FILTER_PARAMS, type FilterParam } from './filter-params';
import { fnv1aHex } from './hash';

/** Known clouds, each with every English spelling seen in the Partner Center sources (first is canonical). */
export const KNOWN_CLOUDS = [
  { id: 'partner-center', english: ['Partner Center'] },
  { id: 'us-government', english: ['Partner Center for Microsoft Cloud for US Government'] },
  { id: 'germany', english: ['Partner Center for Microsoft Cloud Germany'] },
  { id: 'india', english: ['Partner Center India'] },
  { id: '21vianet', english: ['Partner Center operated by 21Vianet'] },
] as const satisfies readonly KnownValue[];

/** Known roles, as the "Appropriate roles" lines of Partner Center articles spell them. */
export const KNOWN_ROLES = [
  { id: 'helpdesk-agent', english: ['Helpdesk agent'] },
  { id: 'global-admin', english: ['Global admin'] },
  { id: 'user-management-admin', english: ['User management admin'] },
  { id: 'user-admin', english: ['User admin'] },
  { id: 'admin-agent', english: ['Admin agent'] },
  { id: 'sales-agent', english: ['Sales agent'] },
  { id: 'billing-admin', english: ['Billing admin'] },
  { id: 'mpn-partner-admin', english: ['MPN partner admin'] },
  { id: 'account-admin', english: ['Account admin', 'Accounts admin'] },
  { id: 'report-viewer', english: ['Report viewer'] },
  { id: 'executive-report-viewer', english: ['Executive report viewer'] },
] as const satisfies readonly KnownValue[];

interface KnownValue {
  readonly id: string;
  readonly english: readonly string[];
}

export type KnownCloudId = (typeof KNOWN_CLOUDS)[number]['id'];
export type KnownRoleId = (typeof KNOWN_ROLES)[number]['id'];
/** A known cloud id, or the slug of an English value not (yet) in `KNOWN_CLOUDS`. */
export type CloudId = KnownCloudId | (string & {});
/** A known role id, or the slug of an English value not (yet) in `KNOWN_ROLES`. */
export type RoleId = KnownRoleId | (string & {});

/** One listed value with its canonical id. */
export interface AppliesToEntry<Id extends string = string> {
  id: Id;
  /** The English original, as the source gives it. */
  english: string;
  /** The value as the locale's version shows it. */
  text: string;
}

export interface AppliesTo {
  /** Clouds the version lists, in source order, one entry per id. Empty when it has no applies-to line. */
  clouds: AppliesToEntry<CloudId>[];
  /** Roles the version lists, in source order, one entry per id. Empty when it has no roles line. */
  roles: AppliesToEntry<RoleId>[];
}

/** Case-, width- and whitespace-insensitive form of an English value, used only for matching. */
export function normalizeEnglish(english: string): string {
  return english.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

const cloudIdByEnglish = indexByEnglish(KNOWN_CLOUDS);
const roleIdByEnglish = indexByEnglish(KNOWN_ROLES);
const knownCloudIds: ReadonlySet<string> = new Set(KNOWN_CLOUDS.map((cloud) => cloud.id));
const knownRoleIds: ReadonlySet<string> = new Set(KNOWN_ROLES.map((role) => role.id));

function indexByEnglish(values: readonly KnownValue[]): ReadonlyMap<string, string> {
  return new Map(
    values.flatMap((value) => value.english.map((english) => [normalizeEnglish(english), value.id])),
  );
}

export function isKnownCloudId(id: string): id is KnownCloudId {
  return knownCloudIds.has(id);
}

export function isKnownRoleId(id: string): id is KnownRoleId {
  return knownRoleIds.has(id);
}

/** The cloud id of an English applies-to value; an unknown value gets its own slug id (never dropped). */
export function cloudIdOf(english: string): CloudId {
  return cloudIdByEnglish.get(normalizeEnglish(english)) ?? unknownIdOf(english, knownCloudIds, 'cloud');
}

/** The role id of an English roles value; an unknown value gets its own slug id (never dropped). */
export function roleIdOf(english: string): RoleId {
  return roleIdByEnglish.get(normalizeEnglish(english)) ?? unknownIdOf(english, knownRoleIds, 'role');
}

/** `"Partner Center Japan"` → `partner-center-japan`: lowercase ASCII letters and digits joined by hyphens. */
export function slugOf(english: string): string {
  return english
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * An unknown value must never be merged into a known one just because its slug happens to collide
 * ("Germany" alone is not "Partner Center for Microsoft Cloud Germany"), nor vanish because it has no
 * ASCII letters, so those cases get a hash suffix.
 */
function unknownIdOf(english: string, knownIds: ReadonlySet<string>, fallback: string): string {
  const slug = slugOf(english);
  if (slug !== '' && !knownIds.has(slug)) return slug;
  return `${slug === '' ? fallback : slug}-${fnv1aHex(normalizeEnglish(english))}`;
}

function entriesOf<Id extends string>(
  list: LabelledList | null,
  idOf: (english: string) => Id,
): AppliesToEntry<Id>[] {
  const seen = new Set<string>();
  const entries: AppliesToEntry<Id>[] = [];
  for (const value of list?.values ?? []) {
    const id = idOf(value.english);
    if (seen.has(id)) continue;
    seen.add(id);
    entries.push({ id, english: value.english, text: value.text });
  }
  return entries;
}

/** The clouds and roles one locale's version lists, with canonical ids and that version's display text. */
export function appliesToOf(article: Pick<Article, 'appliesTo' | 'roles'>): AppliesTo {
  return { clouds: entriesOf(article.appliesTo, cloudIdOf), roles: entriesOf(article.roles, roleIdOf) };
}

/**
 * The cloud ids a version lists, or null when it has no applies-to line at all (then nothing can be said
 * about any cloud, which differs from "lists others but not this one").
 */
export function listedCloudIdsOf(article: Pick<Article, 'appliesTo' | 'roles'>): CloudId[] | null {
  return article.appliesTo === null ? null : appliesToOf(article).clouds.map((cloud) => cloud.id);
}

/** Every cloud and role id any of the given articles lists, in first-seen order: the values a filter may take. */
export function filterValuesOf(articles: readonly Pick<Article, 'appliesTo' | 'roles'>[]): {
  clouds: CloudId[];
  roles: RoleId[];
} {
  const clouds = new Set<CloudId>();
  const roles = new Set<RoleId>();
  for (const article of articles) {
    const { clouds: listedClouds, roles: listedRoles } = appliesToOf(article);
    for (const cloud of listedClouds) clouds.add(cloud.id);
    for (const role of listedRoles) roles.add(role.id);
  }
  return { clouds: [...clouds], roles: [...roles] };
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
