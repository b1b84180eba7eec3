/**
 * What the values of an article's "Applies to" and "Appropriate roles" lines are: a cloud, a role, a program
 * or product, or a sentence. Only clouds and roles are filter options; the article shows every value as its
 * source gives it. Values are identified by their ENGLISH original (the `sxs-lookup` text), never by the
 * translation: the translations differ between locales and between source versions, the English aligns them.
 *
 * The known values below are the ones Microsoft's Partner Center sources (de-de, zh-cn, zh-tw) list, each
 * with the spellings its own rules (`matchKeyOf`) do not already merge; the first spelling is canonical.
 */
import { fnv1aHex } from './hash';

export interface KnownValue {
  readonly id: string;
  readonly english: readonly string[];
}

/** Known clouds. */
export const KNOWN_CLOUDS = [
  // zh-tw's older source says "Global Cloud" where the newer ones say "Partner Center".
  { id: 'partner-center', english: ['Partner Center', 'Partner Center for Microsoft Global Cloud'] },
  {
    id: 'us-government',
    english: [
      'Partner Center for Microsoft Cloud for US Government',
      'Partner Center for Microsoft Government Cloud',
    ],
  },
  { id: 'germany', english: ['Partner Center for Microsoft Cloud Germany'] },
  { id: 'india', english: ['Partner Center India'] },
  { id: '21vianet', english: ['Partner Center operated by 21Vianet'] },
] as const satisfies readonly KnownValue[];

/** Known roles (plural and "administrator" spellings merge by rule). */
export const KNOWN_ROLES = [
  // Partner Center has no "Help agent" role: the support articles that name one mean the helpdesk agent.
  { id: 'helpdesk-agent', english: ['Helpdesk agent', 'Help agent'] },
  // zh-tw lists "Global" where the other locales' same article list "Global admin".
  { id: 'global-admin', english: ['Global admin', 'Global'] },
  { id: 'user-management-admin', english: ['User management admin'] },
  { id: 'user-admin', english: ['User admin'] },
  { id: 'admin-agent', english: ['Admin agent'] },
  { id: 'sales-agent', english: ['Sales agent'] },
  { id: 'billing-admin', english: ['Billing admin'] },
  { id: 'mpn-partner-admin', english: ['MPN partner admin', 'MPN admin'] },
  { id: 'account-admin', english: ['Account admin'] },
  { id: 'report-viewer', english: ['Report viewer'] },
  { id: 'executive-report-viewer', english: ['Executive report viewer'] },
  { id: 'incentives-admin', english: ['Incentives admin'] },
  { id: 'incentives-user', english: ['Incentives user'] },
  { id: 'referrals-admin', english: ['Referrals admin'] },
  { id: 'referrals-user', english: ['Referrals user'] },
  { id: 'mpn-account-admin', english: ['MPN account admin'] },
  { id: 'business-profile-admin', english: ['Business profile admin'] },
  { id: 'billing-agent', english: ['Billing agent'] },
  { id: 'advisor', english: ['Advisor'] },
] as const satisfies readonly KnownValue[];

/**
 * Programs, products and the partners of a program, on either line: shown on the article, never a filter
 * option (a reader works in a cloud with a role; "CSP partners" or "Dynamics 365 CRM" is neither).
 */
export const KNOWN_PROGRAMS = [
  {
    id: 'csp',
    english: [
      'Cloud Solution Provider program',
      'Cloud Solution Providers',
      'CSP partners',
      'All CSP partners',
      'Partners in the CSP program',
      'Cloud Solution Provider program partners',
      'All partners in the Cloud Solution Provider program',
      'Partners in the Cloud Solution Provider (CSP) program',
    ],
  },
  { id: 'csp-billing', english: ['Cloud Solution Provider (CSP) program billing'] },
  {
    id: 'mpn',
    english: [
      'Microsoft Partner Network',
      'Microsoft Partner Network partners',
      'Partners in the Microsoft Partner Network (MPN)',
    ],
  },
  { id: 'advisors', english: ['All Advisors'] },
  { id: 'control-panel-vendors', english: ['Control panel vendors', 'All Control Panel Vendors'] },
  { id: 'indirect-provider', english: ['Indirect provider'] },
  { id: 'microsoft-solution-provider', english: ['Microsoft Solution Provider'] },
  {
    id: 'all-partners',
    english: [
      'All Microsoft partners',
      'All Partner Center users',
      'Partner Center users',
      'All partners interested in Partner Center',
    ],
  },
  { id: 'dynamics-365-crm', english: ['Dynamics 365 CRM'] },
  { id: 'salesforce-crm', english: ['Salesforce CRM'] },
  { id: 'microsoft-365-admin-center', english: ['Microsoft 365 admin center'] },
  { id: 'partner-admin-center', english: ['Partner admin center', 'Office 365 partner admin center'] },
  { id: 'referrals', english: ['Referrals'] },
  { id: 'business-profiles', english: ['Business profiles'] },
  { id: 'co-sell-opportunities', english: ['Co-sell opportunities'] },
  { id: 'private-deals', english: ['Private deals'] },
] as const satisfies readonly KnownValue[];

export type KnownCloudId = (typeof KNOWN_CLOUDS)[number]['id'];
export type KnownRoleId = (typeof KNOWN_ROLES)[number]['id'];
/** A known cloud id, or the slug of an English value not (yet) in `KNOWN_CLOUDS`. */
export type CloudId = KnownCloudId | (string & {});
/** A known role id, or the slug of an English value not (yet) in `KNOWN_ROLES`. */
export type RoleId = KnownRoleId | (string & {});

/** The line a value stands on. */
export type ValueLine = 'cloud' | 'role';

/**
 * - `cloud`, `role`: a filter option;
 * - `program`: a program, product or group of partners, named on the article only;
 * - `sentence`: a value that reads like a sentence, named on the article only.
 */
export type ValueKind = 'cloud' | 'role' | 'program' | 'sentence';

export interface ClassifiedValue {
  kind: ValueKind;
  /** Canonical id within its kind: the known id, else the slug of the English. */
  id: string;
}

/** More words than any role, or than a cloud not already known, is a sentence. */
export const MAX_OPTION_WORDS = 6;

/** Case-, width- and whitespace-insensitive form of an English value. */
export function normalizeEnglish(english: string): string {
  return english.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The form two spellings of one value share: also without list dashes in front ("-Global admin"),
 * "administrator" as "admin", and each word in the singular ("Global admins", "Incentive admin").
 */
export function matchKeyOf(english: string): string {
  return normalizeEnglish(english)
    .replace(/^[\s\-–—•·*]+/, '')
    .split(' ')
    .map((word) => (word === 'administrator' || word === 'administrators' ? 'admin' : word))
    .map((word) => (word.length > 3 && /[^s]s$/.test(word) ? word.slice(0, -1) : word))
    .join(' ');
}

/** A value to read, not to choose: it ends like a sentence, has a clause break, or is too long. */
export function readsLikeSentence(english: string): boolean {
  const text = normalizeEnglish(english);
  return /[.!?。]$/.test(text) || /[,;:，；]/.test(text) || text.split(' ').length > MAX_OPTION_WORDS;
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

function indexByKey(values: readonly KnownValue[]): ReadonlyMap<string, string> {
  return new Map(values.flatMap((value) => value.english.map((english) => [matchKeyOf(english), value.id])));
}

const KNOWN = {
  cloud: { byKey: indexByKey(KNOWN_CLOUDS), ids: new Set<string>(KNOWN_CLOUDS.map((value) => value.id)) },
  role: { byKey: indexByKey(KNOWN_ROLES), ids: new Set<string>(KNOWN_ROLES.map((value) => value.id)) },
  program: {
    byKey: indexByKey(KNOWN_PROGRAMS),
    ids: new Set<string>(KNOWN_PROGRAMS.map((value) => value.id)),
  },
} as const;

export function isKnownCloudId(id: string): id is KnownCloudId {
  return KNOWN.cloud.ids.has(id);
}

export function isKnownRoleId(id: string): id is KnownRoleId {
  return KNOWN.role.ids.has(id);
}

/**
 * What a value on a line is. Known values first (a known cloud may be long), then a sentence, then the
 * line's own kind: a new cloud or role is an option until it is known as something else. An unknown value
 * keeps its own slug id, never merged into a known one.
 */
export function classifyValue(english: string, line: ValueLine): ClassifiedValue {
  const key = matchKeyOf(english);
  const own = KNOWN[line].byKey.get(key);
  if (own !== undefined) return { kind: line, id: own };
  const program = KNOWN.program.byKey.get(key);
  if (program !== undefined) return { kind: 'program', id: program };
  if (readsLikeSentence(english)) return { kind: 'sentence', id: unknownIdOf(english, KNOWN.program.ids) };
  return { kind: line, id: unknownIdOf(english, KNOWN[line].ids, line) };
}

/** The cloud id of an English applies-to value (unknown values get their own slug id, never dropped). */
export function cloudIdOf(english: string): CloudId {
  return classifyValue(english, 'cloud').id;
}

/** The role id of an English roles value (unknown values get their own slug id, never dropped). */
export function roleIdOf(english: string): RoleId {
  return classifyValue(english, 'role').id;
}

/**
 * An unknown value must never be merged into a known one just because its slug happens to collide
 * ("Germany" alone is not "Partner Center for Microsoft Cloud Germany"), nor vanish because it has no
 * ASCII letters, so those cases get a hash suffix.
 */
function unknownIdOf(english: string, knownIds: ReadonlySet<string>, fallback = 'value'): string {
  const slug = slugOf(english);
  if (slug !== '' && !knownIds.has(slug)) return slug;
  return `${slug === '' ? fallback : slug}-${fnv1aHex(normalizeEnglish(english))}`;
}

/**
 * The ids a URL may give for a value besides its own: the slug of each of its spellings, which is the id
 * the spelling had before it was merged (`advisors`, `global-admins`).
 */
export function aliasSlugsOf(id: string, spellings: readonly string[]): string[] {
  return [...new Set(spellings.map(slugOf))].filter((slug) => slug !== id && slug !== '');
}
