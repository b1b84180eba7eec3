import { describe, expect, test } from 'vitest';
import {
  ConfigError,
  contentSecurityPolicy,
  parseEmbedConfig,
  parseEmbedOrigins,
  readEmbedConfig,
  // @ts-expect-error -- plain ESM script shared by the servers
} from '../../scripts/server/security-headers.mjs';

const hashes = { scriptHashes: ['sha256-AAA='], styleHashes: ['sha256-BBB='] };

describe('the embed allowlist (public/embed-config.json)', () => {
  test('empty: only the site itself may frame it', () => {
    const policy = contentSecurityPolicy(hashes, parseEmbedConfig('{ "allowedHostOrigins": [] }'));
    expect(policy).toContain("frame-ancestors 'self';");
  });

  test('origins are added to frame-ancestors, once each', () => {
    const config = parseEmbedConfig(
      JSON.stringify({
        allowedHostOrigins: [
          'https://portal.example.com',
          'https://a.example:8443',
          'https://portal.example.com',
        ],
      }),
    );
    expect(contentSecurityPolicy(hashes, config)).toContain(
      "frame-ancestors 'self' https://portal.example.com https://a.example:8443;",
    );
  });

  test.each([
    ['not JSON', '{', /not valid JSON/],
    ['no list', '{}', /allowedHostOrigins/],
    ['a path', '{"allowedHostOrigins":["https://portal.example.com/help"]}', /is not an origin/],
    ['a wildcard', '{"allowedHostOrigins":["https://*.example.com"]}', /is not an origin/],
    ['plain http', '{"allowedHostOrigins":["http://portal.example.com"]}', /is not an origin/],
    ['a CSP keyword', `{"allowedHostOrigins":["'self'; script-src *"]}`, /is not an origin/],
    ['not a string', '{"allowedHostOrigins":[42]}', /is not an origin/],
    ['a trailing slash', '{"allowedHostOrigins":["https://portal.example.com/"]}', /is not an origin/],
  ])('refused at start: %s', (_label, text, message) => {
    expect(() => parseEmbedConfig(text, 'embed-config.json')).toThrow(ConfigError);
    expect(() => parseEmbedConfig(text, 'embed-config.json')).toThrow(message);
  });

  test('http: is allowed for loopback hosts (local testing)', () => {
    expect(parseEmbedConfig('{"allowedHostOrigins":["http://127.0.0.1:4190"]}').allowedHostOrigins).toEqual([
      'http://127.0.0.1:4190',
    ]);
  });
});

describe('EMBED_ALLOWED_ORIGINS, read when a server starts', () => {
  test('origins separated by spaces or commas, once each, in frame-ancestors', () => {
    const config = parseEmbedOrigins(' https://a.example,https://b.example:8443  https://a.example ');
    expect(config.allowedHostOrigins).toEqual(['https://a.example', 'https://b.example:8443']);
    expect(contentSecurityPolicy(hashes, config)).toContain(
      "frame-ancestors 'self' https://a.example https://b.example:8443;",
    );
  });

  test.each([
    ['plain http', 'http://portal.example.com'],
    ['a path', 'https://portal.example.com/help'],
    ['a wildcard', 'https://*.example.com'],
    ['no scheme', 'portal.example.com'],
    ['a CSP keyword', "'self'"],
  ])('refused at start, naming the variable and the entry: %s', (_label, value) => {
    expect(() => parseEmbedOrigins(`https://ok.example ${value}`)).toThrow(ConfigError);
    expect(() => parseEmbedOrigins(value)).toThrow(`EMBED_ALLOWED_ORIGINS: "${value}" is not an origin`);
  });

  test.each(['http://localhost:4191', 'http://127.0.0.1:4191', 'http://[::1]:4191'])(
    'http: is accepted for the loopback host %s (local testing)',
    (origin) => {
      expect(parseEmbedOrigins(origin).allowedHostOrigins).toEqual([origin]);
    },
  );

  test('set, it replaces dist/embed-config.json; set empty, nobody may frame the site', () => {
    const root = 'tests/server/no-such-build';
    expect(readEmbedConfig(root, { EMBED_ALLOWED_ORIGINS: 'https://a.example' })).toEqual({
      allowedHostOrigins: ['https://a.example'],
    });
    expect(readEmbedConfig(root, { EMBED_ALLOWED_ORIGINS: '' })).toEqual({ allowedHostOrigins: [] });
    expect(readEmbedConfig(root, {})).toEqual({ allowedHostOrigins: [] });
  });
});

test('the policy: build hashes, no unsafe sources, Trusted Types with no policy', () => {
  const policy = contentSecurityPolicy(hashes, { allowedHostOrigins: [] });
  expect(policy).toContain("script-src 'self' 'sha256-AAA='");
  expect(policy).toContain("style-src 'self' 'sha256-BBB='");
  expect(policy).toContain("require-trusted-types-for 'script'; trusted-types 'none'");
  expect(policy).not.toMatch(/unsafe/);
});
