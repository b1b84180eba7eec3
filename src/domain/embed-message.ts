/**
 * The message contract between the embedded help center (the frame) and the page embedding it (the host):
 * versioned envelopes `{ source: 'help-center', version: 1, type, payload }`, validated here, on both sides.
 *
 * A message comes from another page, so nothing about it is trusted: it may be any value, including objects
 * whose properties are getters that throw, Proxies whose traps throw, cyclic objects or huge strings. The
 * parsers therefore never throw, never call a getter (they read own data properties through their
 * descriptors), reject unknown keys, and return fresh plain objects built from checked primitives, so no
 * reference to the received value escapes. Anything that does not validate is reported with a reason, for
 * the caller to count, never thrown.
 */

import { WHO, type Who } from './decision/who';
import { LOCALE_ID_PATTERN } from './site-paths.mjs';

export const EMBED_SOURCE = 'help-center';
export const EMBED_VERSION = 1;

/** Longest URL or path accepted in a message; browsers handle far longer, portals need far shorter. */
export const MAX_URL_LENGTH = 2048;
export const MAX_CITATIONS = 20;
const MAX_TEXT_LENGTH = 500;
const MAX_HEIGHT = 1_000_000;

/** A command named no page or locale the help center has. */
export type ErrorCode = 'navigation-failed';
export type IgnoreReason = 'origin' | 'source' | 'envelope' | 'type' | 'payload';

export interface Citation {
  /** The sentence's key: its English original (stable across locales). */
  key: string;
  /** Absolute link to the sentence in the article (`…#s-<8 hex>`). */
  url: string;
}

/** What the frame tells the host, by event type. */
export interface FramePayloads {
  ready: { url: string; locale: string };
  resize: { height: number };
  navigate: { url: string };
  locale: { locale: string };
  outcome: { outcome: string; who: Who; citations: Citation[] };
  error: { code: ErrorCode; message: string };
  debug: { ignored: number; reason: IgnoreReason };
}

/** What the host asks the frame to do, by command type. */
export interface HostPayloads {
  /** A site-relative path with query and hash, e.g. `/zh-cn/who-contacts-my-customer?cloud=germany`. */
  navigate: { path: string };
  setLocale: { locale: string };
}

export type FrameEventType = keyof FramePayloads;
export type HostCommandType = keyof HostPayloads;

export type Envelope<Payloads, T extends keyof Payloads = keyof Payloads> = {
  [K in T]: { source: typeof EMBED_SOURCE; version: typeof EMBED_VERSION; type: K; payload: Payloads[K] };
}[T];
export type FrameEvent<T extends FrameEventType = FrameEventType> = Envelope<FramePayloads, T>;
export type HostCommand<T extends HostCommandType = HostCommandType> = Envelope<HostPayloads, T>;

export type Parsed<M> = { ok: true; message: M } | { ok: false; reason: IgnoreReason };

export function frameEvent<T extends FrameEventType>(type: T, payload: FramePayloads[T]): FrameEvent<T> {
  return { source: EMBED_SOURCE, version: EMBED_VERSION, type, payload } as FrameEvent<T>;
}

export function hostCommand<T extends HostCommandType>(type: T, payload: HostPayloads[T]): HostCommand<T> {
  return { source: EMBED_SOURCE, version: EMBED_VERSION, type, payload } as HostCommand<T>;
}

// ---------------------------------------------------------------------------------------------------------
// Reading untrusted values

/** Thrown inside this module only, to unwind a failed check; every entry point catches it. */
const INVALID = Symbol('invalid');
type Fields = Record<string, unknown>;

/**
 * The own data properties of a plain object or array, exactly the `keys` listed (all required unless
 * `optional`), without calling getters. Anything else — a getter, an unknown key, a symbol key, a class
 * instance — fails.
 */
function fields(value: unknown, keys: readonly string[], optional: readonly string[] = []): Fields {
  if (typeof value !== 'object' || value === null) throw INVALID;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) throw INVALID;
  const own = Reflect.ownKeys(value);
  if (own.length > keys.length + optional.length) throw INVALID;
  const out: Fields = Object.create(null);
  for (const key of own) {
    if (typeof key !== 'string' || !(keys.includes(key) || optional.includes(key))) throw INVALID;
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (!descriptor || !('value' in descriptor)) throw INVALID;
    out[key] = descriptor.value;
  }
  for (const key of keys) if (!(key in out)) throw INVALID;
  return out;
}

/** `new URL`, or null for what it cannot parse (`URL.canParse` is too new for some hosts' browsers). */
function parseUrl(raw: string, base?: string): URL | null {
  try {
    return new URL(raw, base);
  } catch {
    return null;
  }
}

function text(value: unknown, max = MAX_TEXT_LENGTH): string {
  if (typeof value !== 'string' || value.length > max) throw INVALID;
  return value;
}

function oneOf<T extends string>(value: unknown, options: readonly T[]): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) throw INVALID;
  return value as T;
}

export function isLocaleId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 35 && LOCALE_ID_PATTERN.test(value);
}

function locale(value: unknown): string {
  if (!isLocaleId(value)) throw INVALID;
  return value;
}

/** An absolute http(s) URL, as the URL parser writes it. */
function absoluteUrl(value: unknown): string {
  const raw = text(value, MAX_URL_LENGTH);
  const parsed = parseUrl(raw);
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.href !== raw)
    throw INVALID;
  return raw;
}

/** A path of this site: starts with one `/`, no backslash or control character, stays on the site. */
export function isSitePath(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return false;
  if (!value.startsWith('/') || value.startsWith('//')) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return false;
  const base = 'https://site.invalid';
  return parseUrl(value, base)?.origin === base;
}

function sitePath(value: unknown): string {
  if (!isSitePath(value)) throw INVALID;
  return value;
}

function height(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_HEIGHT) throw INVALID;
  return value;
}

function count(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw INVALID;
  return value;
}

function citations(value: unknown): Citation[] {
  if (!Array.isArray(value)) throw INVALID;
  // The length of a Proxy of an array comes from its trap: read it once, then bound it.
  const length: unknown = value.length;
  if (typeof length !== 'number' || !Number.isInteger(length) || length < 1 || length > MAX_CITATIONS)
    throw INVALID;
  const out: Citation[] = [];
  for (let index = 0; index < length; index += 1) {
    const descriptor = Object.getOwnPropertyDescriptor(value, index);
    if (!descriptor || !('value' in descriptor)) throw INVALID;
    const citation = fields(descriptor.value, ['key', 'url']);
    out.push({ key: text(citation.key), url: absoluteUrl(citation.url) });
  }
  return out;
}

const ERROR_CODES: readonly ErrorCode[] = ['navigation-failed'];
const IGNORE_REASONS: readonly IgnoreReason[] = ['origin', 'source', 'envelope', 'type', 'payload'];

type Readers<Payloads> = { [K in keyof Payloads]: (payload: unknown) => Payloads[K] };

const frameReaders: Readers<FramePayloads> = {
  ready: (payload) => {
    const f = fields(payload, ['url', 'locale']);
    return { url: absoluteUrl(f.url), locale: locale(f.locale) };
  },
  resize: (payload) => ({ height: height(fields(payload, ['height']).height) }),
  navigate: (payload) => ({ url: absoluteUrl(fields(payload, ['url']).url) }),
  locale: (payload) => ({ locale: locale(fields(payload, ['locale']).locale) }),
  outcome: (payload) => {
    const f = fields(payload, ['outcome', 'who', 'citations']);
    const outcome = text(f.outcome, 100);
    if (!/^[a-z][a-z-]*$/.test(outcome)) throw INVALID;
    return { outcome, who: oneOf(f.who, WHO), citations: citations(f.citations) };
  },
  error: (payload) => {
    const f = fields(payload, ['code', 'message']);
    return { code: oneOf(f.code, ERROR_CODES), message: text(f.message) };
  },
  debug: (payload) => {
    const f = fields(payload, ['ignored', 'reason']);
    return { ignored: count(f.ignored), reason: oneOf(f.reason, IGNORE_REASONS) };
  },
};

const hostReaders: Readers<HostPayloads> = {
  navigate: (payload) => ({ path: sitePath(fields(payload, ['path']).path) }),
  setLocale: (payload) => ({ locale: locale(fields(payload, ['locale']).locale) }),
};

function parse<Payloads>(data: unknown, readers: Readers<Payloads>): Parsed<Envelope<Payloads>> {
  let stage: IgnoreReason = 'source';
  try {
    const envelope = fields(data, ['source', 'version', 'type', 'payload']);
    if (envelope.source !== EMBED_SOURCE) return { ok: false, reason: 'source' };
    stage = 'envelope';
    if (envelope.version !== EMBED_VERSION) return { ok: false, reason: 'envelope' };
    const type = envelope.type;
    if (typeof type !== 'string' || !Object.hasOwn(readers, type)) return { ok: false, reason: 'type' };
    stage = 'payload';
    const payload = readers[type as keyof Payloads](envelope.payload);
    return { ok: true, message: frameOrHost(type, payload) as Envelope<Payloads> };
  } catch {
    // INVALID, or whatever a hostile value threw (a Proxy trap, a stack overflow): ignored, never rethrown.
    return { ok: false, reason: stage };
  }
}

function frameOrHost(type: string, payload: unknown) {
  return { source: EMBED_SOURCE, version: EMBED_VERSION, type, payload };
}

/** A message the host received: a frame event, or the reason it is ignored. */
export const parseFrameEvent = (data: unknown): Parsed<FrameEvent> => parse(data, frameReaders);

/**
 * Whether every URL a frame event carries (its page's, each citation's) is of the help center's `origin`.
 * The host hands them to its listeners, which may open or show them: a frame made to post another site's
 * address (`{ type: 'navigate', payload: { url: 'https://evil.example/x' } }`) is ignored, not passed on.
 */
export function staysOnOrigin(event: FrameEvent, origin: string): boolean {
  const urls =
    event.type === 'ready' || event.type === 'navigate'
      ? [event.payload.url]
      : event.type === 'outcome'
        ? event.payload.citations.map((citation) => citation.url)
        : [];
  return urls.every((url) => originOf(url) === origin);
}

/** A message the frame received: a host command, or the reason it is ignored. */
export const parseHostCommand = (data: unknown): Parsed<HostCommand> => parse(data, hostReaders);

// ---------------------------------------------------------------------------------------------------------
// Origins and the allowlist (public/embed-config.json)

/** The origin of an absolute http(s) URL (`https://portal.example.com`), else null. */
export function originOf(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return null;
  const parsed = parseUrl(url);
  return parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:') ? parsed.origin : null;
}

export interface EmbedConfig {
  /** The origins allowed to embed the help center and send it commands, as written by the URL parser. */
  allowedHostOrigins: string[];
}

/**
 * The deployer's `embed-config.json`. Only entries that are exactly an origin count (`https://a.example`,
 * no path, no `*`); anything malformed leaves the list empty, so a mistake never opens the frame up.
 */
export function parseEmbedConfig(data: unknown): EmbedConfig {
  try {
    const { allowedHostOrigins } = fields(data, ['allowedHostOrigins']);
    if (!Array.isArray(allowedHostOrigins) || allowedHostOrigins.length > 100) throw INVALID;
    const origins = allowedHostOrigins.map((entry: unknown) => {
      if (originOf(entry) !== entry) throw INVALID;
      return entry as string;
    });
    return { allowedHostOrigins: origins };
  } catch {
    return { allowedHostOrigins: [] };
  }
}

export function isAllowedOrigin(origin: unknown, config: EmbedConfig): origin is string {
  return typeof origin === 'string' && origin !== 'null' && config.allowedHostOrigins.includes(origin);
}
