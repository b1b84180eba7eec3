import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, queryOf } from '../../../src/domain/decision/evaluate';
import { pathsToOutcomes } from '../../../src/domain/decision/who-contacts';
import { routeCheckOf } from '../../../src/domain/url-input/route-checks';
import {
  HASH_PATTERN,
  URL_PARAMS,
  type ReadAs,
  type UrlInputContext,
} from '../../../src/domain/url-input/params';
import {
  decodedPathSegment,
  parseUrlInput,
  queryOfParams,
  rulesOf,
  mayDropInput,
  type ParamValues,
} from '../../../src/domain/url-input/parse';

const CONTEXT: UrlInputContext = {
  clouds: ['partner-center', 'us-government', 'germany'],
  roles: ['helpdesk-agent', 'global-admin'],
};
const ROUTES = ['home', 'article', 'wizard', 'search', 'not-found', '*'] as const satisfies ReadAs[];
const parse = (route: ReadAs, search: string, hash = '') =>
  parseUrlInput(route, { search, hash }, CONTEXT, routeCheckOf(route));

/** Names that matter to the parser, mixed with hostile and unknown ones. */
const NAMES = [
  ...new Set(URL_PARAMS.map((rule) => rule.name)),
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'q',
  'utm_source',
];
const VALUES = [
  ...CONTEXT.clouds,
  ...CONTEXT.roles,
  'not-sure',
  'incident',
  'non-csp',
  'yes',
  'topic',
  '1',
  'dark',
  'light',
  '<script>alert(1)</script>',
  '__proto__',
  '',
  ' ',
];
const pair = fc.tuple(
  fc.oneof(fc.constantFrom(...NAMES), fc.string()),
  fc.oneof(fc.constantFrom(...VALUES), fc.string({ unit: 'binary' })),
);
const hostileSearch = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.array(pair, { maxLength: 12 }).map((pairs) => `?${new URLSearchParams(pairs)}`),
  fc
    .array(pair, { maxLength: 12 })
    .map((pairs) => `?${pairs.map(([name, value]) => `${name}=${value}`).join('&')}`),
);
const hostileHash = fc.oneof(
  fc.string({ unit: 'binary' }).map((value) => `#${value}`),
  fc.constantFrom('', '#', '#%', '#%E0%A4%A', '#s-%ZZ', '#s-1a2b3c4d', '#next-steps', '#main'),
);
const route = fc.constantFrom(...ROUTES);

describe('parseUrlInput: properties', () => {
  it('never throws, whatever the route, query and fragment', () => {
    fc.assert(
      fc.property(route, hostileSearch, hostileHash, (name, search, hash) => {
        parse(name, search, hash);
      }),
      { numRuns: 2000 },
    );
  });

  it('returns only parameters the route reads, each with a value its rule accepts, and a valid fragment', () => {
    fc.assert(
      fc.property(route, hostileSearch, hostileHash, (name, search, hash) => {
        const result = parse(name, search, hash);
        const rules = rulesOf(name);
        for (const key of Reflect.ownKeys(result.params)) {
          const rule = typeof key === 'string' ? rules.get(key) : undefined;
          expect(rule, String(key)).toBeDefined();
          const value = result.params[key as keyof ParamValues] ?? '';
          expect(rule?.accept(value, CONTEXT)).toBe(value);
        }
        expect(Object.getPrototypeOf(result.params)).toBe(Object.prototype);
        expect(result.hash === '' || HASH_PATTERN.test(result.hash)).toBe(true);
        expect(result.asksAgain && name !== 'wizard').toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('reports every dropped value as it came, under a parameter the route reads (or the fragment)', () => {
    fc.assert(
      fc.property(route, fc.array(pair, { maxLength: 12 }), (name, pairs) => {
        const { dropped } = parse(name, `?${new URLSearchParams(pairs)}`);
        const given = new Set(pairs.map(([param, value]) => `${param}=${value}`));
        for (const entry of dropped) {
          expect(rulesOf(name).has(entry.param)).toBe(true);
          expect(given.has(`${entry.param}=${entry.value}`)).toBe(true);
        }
      }),
    );
  });

  it('reads back what it writes: valid values round-trip on every route', () => {
    const valid = (name: ReadAs) =>
      fc.record(
        Object.fromEntries(
          [...rulesOf(name)].map(([param, rule]) => {
            const candidates = VALUES.filter(
              (value) => value !== '' && rule.accept(value, CONTEXT) === value,
            );
            return [param, fc.constantFrom(...candidates)];
          }),
        ),
        { requiredKeys: [] },
      );
    for (const name of ['home', 'article', 'not-found', '*'] as const) {
      fc.assert(
        fc.property(valid(name), (values) => {
          const result = parse(name, queryOfParams(name, values, CONTEXT));
          expect(result.params).toEqual(values);
          expect(result.dropped).toEqual([]);
        }),
      );
    }
  });

  it('reads every wizard path the wizard writes without dropping anything', () => {
    for (const { answers } of pathsToOutcomes()) {
      for (let length = 0; length <= answers.length; length += 1) {
        const record = Object.fromEntries(
          answers.slice(0, length).map((step) => [step.question, step.option]),
        );
        const query = `${queryOf(record) || '?'}&embed=1&theme=dark`;
        const result = parse('wizard', query);
        expect(result.dropped).toEqual([]);
        expect(result.params).toEqual({ ...record, embed: '1', theme: 'dark' });
        expect(evaluate({ ...result.params }).step).toEqual(evaluate(record).step);
      }
    }
  });

  it('never lets __proto__, constructor or prototype keys reach an object', () => {
    fc.assert(
      fc.property(
        route,
        fc.constantFrom('__proto__', 'constructor', 'prototype', '__proto__[x]'),
        (name, key) => {
          const result = parse(name, `?${key}=1&${key}=%7B%22polluted%22%3A1%7D&cloud=germany`);
          expect(Object.hasOwn(result.params, key)).toBe(false);
          expect(Object.getPrototypeOf(result.params)).toBe(Object.prototype);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(result.dropped.some((entry) => String(entry.param) === key)).toBe(false);
        },
      ),
    );
  });
});

describe('parseUrlInput: what each route keeps and drops', () => {
  it('keeps parameters no page reads out of the result and out of the notice', () => {
    expect(parse('home', '?utm_source=mail&q=billing&topic=incident')).toEqual({
      params: {},
      hash: '',
      dropped: [],
      asksAgain: false,
    });
  });

  it('reads embed mode on every page, dropping values it does not take', () => {
    for (const name of ROUTES) {
      expect(parse(name, '?embed=1&theme=dark').params).toEqual({ embed: '1', theme: 'dark' });
      expect(parse(name, '?embed=yes&theme=purple').dropped).toEqual([
        { param: 'embed', value: 'yes', reason: 'unknown-value' },
        { param: 'theme', value: 'purple', reason: 'unknown-value' },
      ]);
    }
  });

  it('does not read filter values on the wizard, nor wizard answers on the home page', () => {
    expect(parse('wizard', '?role=helpdesk-agent').params).toEqual({});
    expect(parse('home', '?topic=incident&change=topic').params).toEqual({});
    // `not-sure` is a wizard answer, not a filter value.
    expect(parse('home', '?cloud=not-sure').dropped).toEqual([
      { param: 'cloud', value: 'not-sure', reason: 'unknown-value' },
    ]);
    expect(parse('wizard', '?cloud=not-sure').params).toEqual({ cloud: 'not-sure' });
  });

  it('on the wizard, drops an answer after an unusable one and says it asks again', () => {
    expect(parse('wizard', '?cloud=mars&topic=incident')).toEqual({
      params: {},
      hash: '',
      dropped: [
        { param: 'cloud', value: 'mars', reason: 'unknown-value' },
        { param: 'topic', value: 'incident', reason: 'not-reached' },
      ],
      asksAgain: true,
    });
  });

  it('on the wizard, drops an answer the outcome did not need, without asking again', () => {
    expect(parse('wizard', '?cloud=germany&topic=incident&relationship=yes')).toEqual({
      params: { cloud: 'germany', topic: 'incident' },
      hash: '',
      dropped: [{ param: 'relationship', value: 'yes', reason: 'not-needed' }],
      asksAgain: false,
    });
    expect(parse('wizard', '?cloud=germany&topic=incident&relationship=maybe').asksAgain).toBe(false);
  });

  it('on the wizard, drops a change naming no question, or one these answers do not ask', () => {
    expect(parse('wizard', '?cloud=germany&change=colour').dropped).toEqual([
      { param: 'change', value: 'colour', reason: 'unknown-value' },
    ]);
    expect(parse('wizard', '?cloud=germany&topic=incident&change=relationship')).toMatchObject({
      params: { cloud: 'germany', topic: 'incident' },
      dropped: [{ param: 'change', value: 'relationship', reason: 'not-on-path' }],
      asksAgain: false,
    });
    expect(parse('wizard', '?cloud=germany&topic=incident&change=topic').params).toEqual({
      cloud: 'germany',
      topic: 'incident',
      change: 'topic',
    });
  });

  it('takes the first valid value of a repeated wizard answer', () => {
    expect(parse('wizard', '?cloud=mars&cloud=germany&cloud=germany&cloud=india')).toMatchObject({
      params: { cloud: 'germany' },
      dropped: [
        { param: 'cloud', value: 'mars', reason: 'unknown-value' },
        { param: 'cloud', value: 'india', reason: 'unknown-value' },
      ],
    });
  });

  it('keeps a sentence or section anchor and drops a fragment that names nothing', () => {
    expect(parse('article', '', '#s-1a2b3c4d').hash).toBe('s-1a2b3c4d');
    expect(parse('article', '', '#next-steps').hash).toBe('next-steps');
    expect(parse('article', '', '').dropped).toEqual([]);
    expect(parse('article', '', '#').dropped).toEqual([]);
    for (const [hash, value] of [
      ['#%', '%'],
      ['#%E0%A4%A', '%E0%A4%A'],
      ['#s-%ZZ', 's-%ZZ'],
      ['#%3Cscript%3E', '<script>'],
      ['#a%0Ab', 'a\nb'],
      ['#a%E2%80%A8', 'a\u2028'],
      [`#${'a'.repeat(129)}`, 'a'.repeat(129)],
    ]) {
      expect(parse('article', '', hash)).toMatchObject({
        hash: '',
        dropped: [{ param: '#', value, reason: 'invalid-hash' }],
      });
    }
  });

  it('gives a malformed query its literal text rather than failing', () => {
    expect(parse('home', '?cloud=%E0%A4%A&role=helpdesk-agent')).toMatchObject({
      params: { role: 'helpdesk-agent' },
      dropped: [{ param: 'cloud', reason: 'unknown-value' }],
    });
  });
});

describe('mayDropInput: whether the notice’s code is needed', () => {
  it('is false for no query, embed mode alone and parameters no page reads', () => {
    for (const route of ROUTES) {
      expect(mayDropInput(route, '')).toBe(false);
      expect(mayDropInput(route, '?embed=1&theme=dark&utm_source=x')).toBe(false);
    }
  });

  it('is true whenever the full parse could report something', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROUTES), hostileSearch, (route, search) => {
        if (parse(route, search).dropped.length > 0) expect(mayDropInput(route, search)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('decodedPathSegment', () => {
  it('decodes a segment and keeps a malformed one as typed', () => {
    expect(decodedPathSegment('zh%2DTW')).toBe('zh-TW');
    expect(decodedPathSegment('a%E0%A4%A')).toBe('a%E0%A4%A');
    expect(decodedPathSegment('%')).toBe('%');
  });
});
