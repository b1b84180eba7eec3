/**
 * The one reader of a help center URL's query and fragment (docs/urls.md, "Bad input"): total (it never throws,
 * whatever the URL), and what it returns has only the parameters of ./params.ts that the route reads, each
 * with a value its rule accepts. Everything else a page could be expected to use is dropped and listed with
 * why, so the page can say so once, as text; parameters no page reads (`utm_source`, a portal's own) are
 * left alone and not reported.
 */
import type { ContextReason, RouteCheck } from './route-checks';
import {
  HASH_PATTERN,
  NO_CONTEXT,
  URL_PARAMS,
  type ParamName,
  type ParamRule,
  type UrlInputContext,
  type ReadAs,
} from './params';

export type DropReason =
  /** Not a value the parameter takes. */
  | 'unknown-value'
  /** A second, different value after a valid one was taken (the first valid one wins). */
  | 'repeated'
  /** A fragment that names nothing the site has (a malformed escape, markup, controls). */
  | 'invalid-hash'
  | ContextReason;

export interface DroppedInput {
  /** The parameter's name, or `#` for the fragment. */
  param: ParamName | '#';
  /** The raw value, as it came (render it as text: it may be anything). */
  value: string;
  reason: DropReason;
}

export type ParamValues = Readonly<Partial<Record<ParamName, string>>>;

export interface UrlInput {
  /** The valid values, by name (own properties only). */
  params: ParamValues;
  /** The decoded fragment without `#`, '' when there is none or it was dropped. */
  hash: string;
  dropped: DroppedInput[];
  /** The wizard asks again from its first open question because of what was dropped. */
  asksAgain: boolean;
}

/** The rules a route reads, by name (a name has at most one rule per route). */
export function rulesOf(route: ReadAs): ReadonlyMap<string, ParamRule> {
  return new Map(
    (URL_PARAMS as readonly ParamRule[])
      .filter((rule) => rule.routes === '*' || (route !== '*' && rule.routes.includes(route)))
      .map((rule) => [rule.name, rule] as const),
  );
}

/**
 * Reads `search` (`?a=b…` or '') and `hash` (`#…` or '') for a route (`*`: only what every page reads). Empty (or blank) values mean "not given" and are
 * not reported.
 */
export function parseUrlInput(
  route: ReadAs,
  { search, hash = '' }: { search: string | URLSearchParams; hash?: string },
  context: UrlInputContext = NO_CONTEXT,
  /** The route's rule across parameters (`ROUTE_CHECKS[route]` of ./route-checks.ts), when it has one. */
  check?: RouteCheck,
): UrlInput {
  const rules = rulesOf(route);
  const chosen = new Map<ParamName, string>();
  const dropped: DroppedInput[] = [];
  for (const [name, value] of new URLSearchParams(search)) {
    const rule = rules.get(name);
    if (rule === undefined || value.trim() === '') continue;
    const param = rule.name as ParamName;
    const accepted = rule.accept(value, context);
    const taken = chosen.get(param);
    if (accepted === null) dropped.push({ param, value, reason: 'unknown-value' });
    else if (taken === undefined) chosen.set(param, accepted);
    else if (taken !== accepted) dropped.push({ param, value, reason: 'repeated' });
  }
  let asksAgain = false;
  if (check) {
    const result = check(
      Object.fromEntries(chosen),
      dropped.map((entry) => entry.param as ParamName),
    );
    for (const { param, reason } of result.unused) {
      dropped.push({ param, value: chosen.get(param) ?? '', reason });
      chosen.delete(param);
    }
    asksAgain = result.asksAgain;
  }
  const fragment = fragmentOf(hash);
  if (fragment.dropped !== null)
    dropped.push({ param: '#', value: fragment.dropped, reason: 'invalid-hash' });
  return { params: Object.fromEntries(chosen), hash: fragment.id, dropped, asksAgain };
}

function fragmentOf(hash: string): { id: string; dropped: string | null } {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return { id: '', dropped: null };
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { id: '', dropped: raw };
  }
  return HASH_PATTERN.test(decoded) ? { id: decoded, dropped: null } : { id: '', dropped: decoded };
}

/**
 * The query for these values, as every link writes it: the route's parameters in table order, `?…` or ''.
 * Values its rules do not accept are left out, so what this writes, `parseUrlInput` reads back unchanged.
 */
export function queryOfParams(
  route: ReadAs,
  params: ParamValues,
  context: UrlInputContext = NO_CONTEXT,
): string {
  const rules = rulesOf(route);
  const query = new URLSearchParams();
  for (const [name, rule] of rules) {
    const value = Object.hasOwn(params, name) ? params[name as ParamName] : undefined;
    if (value !== undefined && rule.accept(value, context) === value) query.set(name, value);
  }
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * Whether a query may hold something a route's notice would report: a value dropped even without the
 * context and the route's check, or a parameter of the route whose rule needs them (anything but embed
 * mode's). Cheap, so the app loads the notice's code only for such URLs.
 */
export function mayDropInput(route: ReadAs, search: string): boolean {
  const { params, dropped } = parseUrlInput(route, { search });
  return dropped.length > 0 || Object.keys(params).some((name) => name !== 'embed' && name !== 'theme');
}

/** A path segment as the reader typed it (a route's `:slug`, an unknown locale); a malformed escape stays. */
export function decodedPathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
