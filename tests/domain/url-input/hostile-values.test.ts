import { describe, expect, it } from 'vitest';
import { HASH_PATTERN, URL_PARAMS, type ReadAs } from '../../../src/domain/url-input/params';
import { parseUrlInput, rulesOf } from '../../../src/domain/url-input/parse';
import { routeCheckOf } from '../../../src/domain/url-input/route-checks';
import { PAYLOADS } from '../../xss-payloads';

// Every XSS vector in every parameter and the fragment of every route: the exhaustive matrix, where it is
// cheap. The browser (tests/e2e/hostile-urls.test.ts) shows a share of it, each vector at least once.
const ROUTES = ['home', 'article', 'wizard', 'search', 'not-found'] as const satisfies ReadAs[];
const NAMES = [...new Set([...URL_PARAMS.map((rule) => rule.name), 'utm_source', '__proto__'])];
const CONTEXT = { clouds: ['partner-center', 'germany'], roles: ['helpdesk-agent'] };
const parse = (route: ReadAs, search: string, hash = '') =>
  parseUrlInput(route, { search, hash }, CONTEXT, routeCheckOf(route));

describe.each(ROUTES)('%s: every XSS vector', (route) => {
  it.each(NAMES)('in ?%s is dropped and reported as it came (the search query keeps it as text)', (name) => {
    const reads = rulesOf(route).has(name);
    for (const payload of PAYLOADS) {
      const { params, dropped } = parse(route, `?${name}=${encodeURIComponent(payload)}`);
      if (!reads) {
        expect({ params, dropped }).toEqual({ params: {}, dropped: [] });
      } else if (name === 'q') {
        // The search page shows its query back as text only (tests/e2e/agent-tools-search.test.ts).
        expect(dropped).toEqual([]);
        expect(payload.startsWith(params.q ?? '\0')).toBe(true);
      } else {
        expect(params).toEqual({});
        expect(dropped).toEqual([{ param: name, value: payload, reason: 'unknown-value' }]);
      }
    }
  });

  it('in the fragment is dropped and reported, unless it is a plain id', () => {
    for (const payload of PAYLOADS) {
      const { hash, dropped } = parse(route, '', `#${encodeURIComponent(payload)}`);
      if (HASH_PATTERN.test(payload)) {
        expect({ hash, dropped }).toEqual({ hash: payload, dropped: [] });
        expect(payload).toMatch(/^[\w.:-]+$/);
      } else {
        expect({ hash, dropped }).toEqual({
          hash: '',
          dropped: [{ param: '#', value: payload, reason: 'invalid-hash' }],
        });
      }
    }
  });
});
