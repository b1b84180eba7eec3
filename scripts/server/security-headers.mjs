// The response headers every server of the built site sends (`npm start`, deploy/nginx.conf, any CDN): one
// definition, so the Node server and the generated nginx include cannot drift apart.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Written by the build (scripts/prerender.mjs): hashes of every inline script and style it wrote. */
export const INLINE_HASHES_FILE = '.server/inline-hashes.json';
/** The embed allowlist, copied from public/ by the build (docs/embedding.md). */
export const EMBED_CONFIG_FILE = 'embed-config.json';
/** Set, it replaces the file's list: `npm start` rebuilds dist/, so an edit of the file there is lost. */
export const EMBED_ORIGINS_VARIABLE = 'EMBED_ALLOWED_ORIGINS';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** A deploy setting that cannot work: reported at start without a stack trace. */
export class ConfigError extends Error {}

/**
 * The origins allowed to frame the help center, from `{ "allowedHostOrigins": [...] }`. Each must be an
 * exact `https://host[:port]` origin (`http:` only for loopback, for local testing); anything else stops
 * the server at start, since a typo would otherwise silently refuse (or, worse, widen) framing.
 */
export function parseEmbedConfig(text, file = EMBED_CONFIG_FILE) {
  let config;
  try {
    config = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON (${error.message})`);
  }
  const origins = config?.allowedHostOrigins;
  if (!Array.isArray(origins)) {
    throw new ConfigError(`${file}: expected { "allowedHostOrigins": [ "https://portal.example.com", … ] }`);
  }
  return { allowedHostOrigins: checkedOrigins(origins, file) };
}

/** `EMBED_ALLOWED_ORIGINS="https://a.example https://b.example"`: origins separated by spaces or commas. */
export function parseEmbedOrigins(value) {
  const origins = value.split(/[\s,]+/).filter(Boolean);
  return { allowedHostOrigins: checkedOrigins(origins, EMBED_ORIGINS_VARIABLE) };
}

function checkedOrigins(origins, source) {
  for (const origin of origins) {
    if (!isFramingOrigin(origin)) {
      throw new ConfigError(
        `${source}: "${String(origin)}" is not an origin (write it as https://host or https://host:port, ` +
          'no path, no wildcard; http: only for localhost, 127.0.0.1 or [::1])',
      );
    }
  }
  return [...new Set(origins)];
}

function isFramingOrigin(value) {
  if (typeof value !== 'string') return false;
  let url;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  const scheme = url.protocol === 'https:' || (url.protocol === 'http:' && loopback);
  // The URL parser takes `*` in a host; as a CSP source it would be a wildcard.
  const host = /^([a-z0-9-]+\.)*[a-z0-9-]+$/i.test(url.hostname) || url.hostname === '[::1]';
  return scheme && host && url.origin === value;
}

/** The allowlist in force: EMBED_ALLOWED_ORIGINS when it is set (even empty), else dist/embed-config.json. */
export function readEmbedConfig(root, env = process.env) {
  const variable = env[EMBED_ORIGINS_VARIABLE];
  if (variable !== undefined) return parseEmbedOrigins(variable);
  const file = path.join(root, EMBED_CONFIG_FILE);
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { allowedHostOrigins: [] };
  }
  return parseEmbedConfig(text, file);
}

export function readInlineHashes(root) {
  const file = path.join(root, INLINE_HASHES_FILE);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new ConfigError(`No ${file}: build the site with "npm run build" (it writes the CSP hashes).`);
  }
}

/**
 * The Content-Security-Policy. Scripts: the site's own files plus the one inline loader by hash; styles:
 * the site's own plus the inline stylesheet by hash; never 'unsafe-inline' or 'unsafe-eval'. The app writes
 * to no Trusted Types sink (React renders elements; the loader starts the entry with `import()`), so it
 * needs no policy at all: `trusted-types 'none'`.
 */
export function contentSecurityPolicy({ scriptHashes, styleHashes }, { allowedHostOrigins }) {
  const quoted = (hashes) => hashes.map((hash) => `'${hash}'`);
  return [
    "default-src 'self'",
    ["script-src 'self'", ...quoted(scriptHashes)].join(' '),
    ["style-src 'self'", ...quoted(styleHashes)].join(' '),
    "img-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    ["frame-ancestors 'self'", ...allowedHostOrigins].join(' '),
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');
}

/**
 * Powerful features the help center never uses are denied to it and to anything it could frame; only
 * writing to the clipboard stays allowed, for the page itself ("Copy reply", sentence links).
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'clipboard-read=()',
  'clipboard-write=(self)',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'idle-detection=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/** Headers for every response, whatever its status or type. */
export function securityHeaders(hashes, embedConfig) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(hashes, embedConfig),
    'Permissions-Policy': PERMISSIONS_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Hashed build output never changes under its name; everything else is revalidated. */
export const cacheControlFor = (pathname) => (pathname.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
