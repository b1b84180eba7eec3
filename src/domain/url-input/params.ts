/**
 * Every parameter a help center URL may carry, in one declarative table: its name, the routes that read it
 * (route ids of ../routes.ts, plus `not-found`) and what it accepts. src/domain/url-input/parse.ts
 * is the one reader of URLs; every page reads its parameters from there, and anything a rule does not accept
 * is dropped and reported (docs/urls.md, "Bad input"). Adding a parameter is adding an entry here.
 *
 * The order of the table is the order links write parameters in (the app's own first, then `embed`, then
 * `theme`: exactly the query strings the build prerenders).
 */
import { CLOUD_OPTIONS, QUESTION_ORDER, RELATIONSHIP_OPTIONS, TOPIC_OPTIONS } from '../decision/options';
import { ORIGINAL_PARAM } from '../original-param';
import type { RouteId } from '../routes';
import { MAX_QUERY_LENGTH } from '../search-limits';
import { EMBED_PARAM, THEME_PARAM, THEMES } from './embed-params';

/** What some rules check against that is not known statically: the filter values the articles list. */
export interface UrlInputContext {
  readonly clouds: readonly string[];
  readonly roles: readonly string[];
  /** Ids a URL may name a value by besides its own (`advisors` → `advisor`), per kind. */
  readonly aliases?: Readonly<Record<'clouds' | 'roles', Readonly<Record<string, string>>>>;
}

export const NO_CONTEXT: UrlInputContext = { clouds: [], roles: [] };

/** What a URL is read for: a page's route, or a URL no route matches (`*`, in readers: what every page reads). */
export type UrlRoute = RouteId | 'not-found';
export type ReadAs = UrlRoute | '*';

export interface ParamRule {
  readonly name: string;
  /** The routes that read it; `*` for every page. */
  readonly routes: readonly UrlRoute[] | '*';
  /** The value to use for a raw value (as `URLSearchParams` decoded it), or null when it is not valid. */
  readonly accept: (raw: string, context: UrlInputContext) => string | null;
}

/** `raw` when it is exactly one of `values`. */
const oneOf =
  (values: readonly string[]) =>
  (raw: string): string | null =>
    values.includes(raw) ? raw : null;

/**
 * Filter ids match trimmed and case-insensitively (`?cloud=Germany%20`), as links have always been read; a
 * spelling merged into another value reads as that value (`?role=advisors` is `advisor`).
 */
const filterValue =
  (kind: 'clouds' | 'roles') =>
  (raw: string, context: UrlInputContext): string | null => {
    const id = raw.trim().toLowerCase();
    if (context[kind].includes(id)) return id;
    const aliases = context.aliases?.[kind];
    const canonical = aliases && Object.hasOwn(aliases, id) ? aliases[id] : undefined;
    return canonical !== undefined && context[kind].includes(canonical) ? canonical : null;
  };

const FILTER_PAGES: readonly UrlRoute[] = ['home', 'article'];

export const URL_PARAMS = [
  // The applies-to filter (docs/urls.md): only values some article lists.
  { name: 'cloud', routes: FILTER_PAGES, accept: filterValue('clouds') },
  { name: 'role', routes: FILTER_PAGES, accept: filterValue('roles') },
  // The wizard's answers and the question to show again (docs/urls.md); which answers a path uses is
  // the wizard's own rule (./route-checks.ts).
  { name: 'cloud', routes: ['wizard'], accept: oneOf(CLOUD_OPTIONS) },
  { name: 'topic', routes: ['wizard'], accept: oneOf(TOPIC_OPTIONS) },
  { name: 'relationship', routes: ['wizard'], accept: oneOf(RELATIONSHIP_OPTIONS) },
  { name: 'change', routes: ['wizard'], accept: oneOf(QUESTION_ORDER) },
  // The English originals beneath translated sentences (docs/urls.md).
  { name: ORIGINAL_PARAM, routes: ['article', 'wizard'], accept: oneOf(['1']) },
  // The search results page's query: any text, shown only as text; a pasted paragraph is cut.
  { name: 'q', routes: ['search'], accept: (raw) => raw.slice(0, MAX_QUERY_LENGTH) },
  // Embed mode (docs/embedding.md), on every page.
  { name: EMBED_PARAM, routes: '*', accept: oneOf(['1']) },
  { name: THEME_PARAM, routes: '*', accept: oneOf(THEMES) },
] as const satisfies readonly ParamRule[];

export type ParamName = (typeof URL_PARAMS)[number]['name'];

/**
 * The fragment (`#…`, decoded): a section's or sentence's anchor, as the pipeline writes them (English
 * heading slugs, `s-<8 hex>`), or `main` (the skip link). A malformed escape, markup, spaces, controls and
 * anything over 128 characters name nothing the site has, so they are dropped.
 */
export const HASH_PATTERN = /^[\p{L}\p{N}_.:-]{1,128}$/u;
