import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WHO } from '../../src/domain/decision/who';
import { OUTCOMES } from '../../src/domain/decision/who-contacts';
import {
  frameEvent,
  hostCommand,
  isAllowedOrigin,
  isSitePath,
  MAX_URL_LENGTH,
  originOf,
  parseEmbedConfig,
  parseFrameEvent,
  parseHostCommand,
  staysOnOrigin,
  type FrameEvent,
  type HostCommand,
} from '../../src/domain/embed-message';

const url = fc
  .webUrl({ withQueryParameters: true, withFragments: true })
  .map((raw) => new URL(raw).href)
  .filter((href) => href.length <= MAX_URL_LENGTH && /^https?:/.test(href));
const locale = fc.constantFrom('en-us', 'zh-cn', 'zh-tw', 'ja-jp', 'pt-br');
const text = fc.string({ maxLength: 200 });

const validFrameEvent: fc.Arbitrary<FrameEvent> = fc.oneof(
  fc.record({ url, locale }).map((payload) => frameEvent('ready', payload)),
  fc.nat({ max: 1_000_000 }).map((height) => frameEvent('resize', { height })),
  url.map((href) => frameEvent('navigate', { url: href })),
  locale.map((id) => frameEvent('locale', { locale: id })),
  fc
    .record({
      outcome: fc.constantFrom('partner-contacts', 'microsoft-may-contact-incident', 'general-partner'),
      who: fc.constantFrom(...WHO),
      citations: fc.array(fc.record({ key: text, url }), { minLength: 1, maxLength: 20 }),
    })
    .map((payload) => frameEvent('outcome', payload)),
  text.map((message) => frameEvent('error', { code: 'navigation-failed', message })),
  fc
    .record({ ignored: fc.nat(), reason: fc.constantFrom('origin', 'source', 'envelope', 'type', 'payload') })
    .map((payload) => frameEvent('debug', payload)),
);

const sitePath = fc
  .array(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { maxLength: 5 })
  .chain((segments) =>
    fc
      .option(fc.stringMatching(/^[a-z]{1,8}=[a-z0-9-]{0,12}$/), { nil: undefined })
      .map((query) => `/${segments.join('/')}${query ? `?${query}` : ''}`),
  );
const validHostCommand: fc.Arbitrary<HostCommand> = fc.oneof(
  sitePath.map((path) => hostCommand('navigate', { path })),
  locale.map((id) => hostCommand('setLocale', { locale: id })),
);

/** Values of the wrong kind for any field. */
const wrongValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.bigInt(),
  fc.constant(Symbol('x')),
  fc.constant(() => 1),
  fc.constant('x'.repeat(100_000)),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
  fc.constant(new Date(0)),
  fc.constant(new Map()),
);

/** A valid message made invalid in one of many ways, each enough on its own. */
function corrupt(message: FrameEvent | HostCommand): fc.Arbitrary<unknown> {
  const payload = message.payload as Record<string, unknown>;
  const keys = Object.keys(payload);
  return fc.oneof(
    wrongValue.map((source) => ({ ...message, source })),
    fc.constantFrom('Help-Center', 'help-centre', '').map((source) => ({ ...message, source })),
    fc.constantFrom(0, 2, '1', 1.5).map((version) => ({ ...message, version })),
    fc
      .constantFrom('Ready', 'resize ', 'constructor', '__proto__', 'toString', 'hasOwnProperty')
      .map((type) => ({ ...message, type })),
    wrongValue.map((value) => ({ ...message, payload: value })),
    fc
      .constantFrom(...keys)
      .chain((key) => wrongValue.map((value) => ({ ...message, payload: { ...payload, [key]: value } }))),
    fc.constantFrom(...keys).map((key) => ({
      ...message,
      payload: Object.fromEntries(Object.entries(payload).filter(([name]) => name !== key)),
    })),
    fc
      .string({ minLength: 1, maxLength: 10 })
      .filter((key) => !keys.includes(key))
      .map((key) => ({ ...message, payload: { ...payload, [key]: 1 } })),
    fc.constant({ ...message, extra: true }),
    // `__proto__` as an own key, as JSON.parse and structured clone make it.
    fc.constant(JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(message).slice(1)}`)),
    fc.constant({ ...message, payload: JSON.parse(`{"__proto__":1,${JSON.stringify(payload).slice(1)}`) }),
    // Inherited instead of own properties.
    fc.constant(Object.create(message)),
    fc.constant({ ...message, payload: Object.create(payload) }),
    // A getter, even one that would answer right, is never called.
    fc.constant(withGetter(message, 'payload', () => message.payload)),
    fc.constant(
      withGetter(message, 'type', () => {
        throw new Error('getter called');
      }),
    ),
  );
}

function withGetter(target: object, key: string, get: () => unknown) {
  const copy = Object.fromEntries(Object.entries(target).filter(([name]) => name !== key));
  return Object.defineProperty(copy, key, { get, enumerable: true });
}

/** Proxies whose traps throw or lie. */
const trap = () => {
  throw new Error('trap');
};
const hostileProxies = [
  new Proxy({}, { ownKeys: trap }),
  new Proxy({}, { getPrototypeOf: trap }),
  new Proxy(frameEvent('resize', { height: 1 }), { getOwnPropertyDescriptor: trap }),
  new Proxy([], { get: trap }),
  frameEvent('outcome', {
    outcome: 'general-partner',
    who: 'partner',
    citations: new Proxy([{ key: 'k', url: 'https://a.example/' }], { get: trap }),
  }),
];

const cyclic = (() => {
  const payload: Record<string, unknown> = { height: 1 };
  payload.self = payload;
  const citations: unknown[] = [];
  citations.push(citations);
  return [
    frameEvent('resize', payload as { height: number }),
    frameEvent('outcome', { outcome: 'general-partner', who: 'partner', citations: citations as never }),
  ];
})();

const parsers = [
  ['frame events', parseFrameEvent, validFrameEvent],
  ['host commands', parseHostCommand, validHostCommand],
] as const;

describe.each(parsers)('%s', (_name, parse, valid) => {
  it('accept every valid message, as a fresh copy equal to it', () => {
    fc.assert(
      fc.property(valid, (message) => {
        const parsed = parse(structuredClone(message));
        expect(parsed).toEqual({ ok: true, message });
        if (parsed.ok) expect(parsed.message).not.toBe(message);
      }),
    );
  });

  it('never throw, and what they accept is plain valid data that parses to itself', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything({ withObjectString: true, withNullPrototype: true }), valid.chain(corrupt)),
        (data) => {
          const parsed = parse(data);
          if (parsed.ok) {
            expect(JSON.parse(JSON.stringify(parsed.message))).toEqual(parsed.message);
            expect(parse(parsed.message)).toEqual(parsed);
          }
        },
      ),
    );
  });

  it('let nothing corrupted pass: wrong types, unknown keys, __proto__, getters, huge strings', () => {
    fc.assert(
      fc.property(
        valid.chain((message) => corrupt(message)),
        (data) => {
          expect(parse(data).ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
    // Generating valid messages with many URLs takes a while on a busy machine.
  }, 30_000);

  it('survive Proxies with throwing traps and cyclic objects', () => {
    for (const data of [...hostileProxies, ...cyclic]) expect(parse(data).ok).toBe(false);
  });

  it('read a Proxy through its property descriptors only, into a plain copy', () => {
    const message = structuredClone(frameEvent('resize', { height: 1 }));
    const parsed = parseFrameEvent(new Proxy(message, { get: trap, has: trap }));
    expect(parsed).toEqual({ ok: true, message });
    expect(parsed.ok && Object.getPrototypeOf(parsed.message)).toBe(Object.prototype);
  });

  it('say why a message is ignored', () => {
    expect(parse('hello')).toEqual({ ok: false, reason: 'source' });
    expect(parse({ source: 'other', version: 1, type: 'x', payload: {} })).toEqual({
      ok: false,
      reason: 'source',
    });
    expect(parse({ source: 'help-center', version: 2, type: 'x', payload: {} })).toEqual({
      ok: false,
      reason: 'envelope',
    });
    expect(parse({ source: 'help-center', version: 1, type: 'nope', payload: {} })).toEqual({
      ok: false,
      reason: 'type',
    });
  });
});

describe('message details', () => {
  it('takes no frame event as a command and no command as an event', () => {
    expect(parseHostCommand(frameEvent('navigate', { url: 'https://a.example/' })).ok).toBe(false);
    expect(parseFrameEvent(hostCommand('setLocale', { locale: 'zh-cn' })).ok).toBe(false);
  });

  it('accepts only paths of the site to navigate to', () => {
    for (const path of ['/', '/zh-cn/who-contacts-my-customer?cloud=germany#s-1a2b3c4d'])
      expect(isSitePath(path)).toBe(true);
    for (const path of [
      '//evil.example/',
      '/\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '',
      '/a\nb',
      `/${'a'.repeat(MAX_URL_LENGTH)}`,
    ])
      expect(isSitePath(path)).toBe(false);
  });

  it('accepts only absolute http(s) URLs, as the URL parser writes them', () => {
    const resize = (value: unknown) => parseFrameEvent(frameEvent('navigate', { url: value as string })).ok;
    expect(resize('https://a.example/x?y#z')).toBe(true);
    expect(resize('javascript:alert(1)')).toBe(false);
    expect(resize('HTTPS://A.example/')).toBe(false);
    expect(resize('/relative')).toBe(false);
  });

  it('refuses heights that are not whole pixels in range', () => {
    for (const height of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1_000_001, '10'])
      expect(parseFrameEvent(frameEvent('resize', { height: height as number })).ok).toBe(false);
  });
});

describe('what the host passes on', () => {
  const SITE = 'https://help.example.com';
  const citation = (url: string) => ({ key: 'A sentence.', url });

  it('takes an outcome of every kind the decision graph has', () => {
    for (const { id, who } of Object.values(OUTCOMES)) {
      const event = frameEvent('outcome', {
        outcome: id,
        who,
        citations: [citation(`${SITE}/en-us/a#s-1a2b3c4d`)],
      });
      expect(parseFrameEvent(structuredClone(event))).toEqual({ ok: true, message: event });
    }
  });

  it("only URLs of the help center's own origin", () => {
    const onSite = [
      frameEvent('ready', { url: `${SITE}/zh-cn/?embed=1`, locale: 'zh-cn' }),
      frameEvent('navigate', { url: `${SITE}/en-us/who-contacts-my-customer?embed=1` }),
      frameEvent('outcome', {
        outcome: 'general-partner',
        who: 'general',
        citations: [citation(`${SITE}/a#b`)],
      }),
      frameEvent('resize', { height: 10 }),
      frameEvent('locale', { locale: 'zh-tw' }),
    ];
    for (const event of onSite) expect(staysOnOrigin(event, SITE)).toBe(true);
    for (const url of [
      'https://evil.example/x',
      'https://help.example.com.evil.example/',
      'https://help.example.com@evil.example/',
      'http://help.example.com/',
      'https://help.example.com:8443/',
      'https://sub.help.example.com/',
    ]) {
      expect(staysOnOrigin(frameEvent('navigate', { url }), SITE)).toBe(false);
      expect(staysOnOrigin(frameEvent('ready', { url, locale: 'en-us' }), SITE)).toBe(false);
      const citations = [citation(`${SITE}/a#b`), citation(url)];
      expect(staysOnOrigin(frameEvent('outcome', { outcome: 'x', who: 'partner', citations }), SITE)).toBe(
        false,
      );
    }
  });
});

describe('the allowlist', () => {
  it('reads exact origins, and anything malformed as an empty list', () => {
    expect(
      parseEmbedConfig({ allowedHostOrigins: ['https://portal.example.com', 'http://127.0.0.1:4190'] }),
    ).toEqual({
      allowedHostOrigins: ['https://portal.example.com', 'http://127.0.0.1:4190'],
    });
    for (const bad of [
      { allowedHostOrigins: ['*'] },
      { allowedHostOrigins: ['https://portal.example.com/'] },
      { allowedHostOrigins: ['https://portal.example.com/path'] },
      { allowedHostOrigins: ['HTTPS://PORTAL.example.com'] },
      { allowedHostOrigins: 'https://portal.example.com' },
      { allowedHostOrigins: [], more: 1 },
      null,
      [],
    ])
      expect(parseEmbedConfig(bad)).toEqual({ allowedHostOrigins: [] });
  });

  it('allows exactly the listed origins, never the opaque "null" origin', () => {
    const config = { allowedHostOrigins: ['https://portal.example.com'] };
    expect(isAllowedOrigin('https://portal.example.com', config)).toBe(true);
    expect(isAllowedOrigin('https://portal.example.com:444', config)).toBe(false);
    expect(isAllowedOrigin('http://portal.example.com', config)).toBe(false);
    expect(isAllowedOrigin('null', { allowedHostOrigins: ['null'] })).toBe(false);
    expect(originOf('https://portal.example.com/a/b?c')).toBe('https://portal.example.com');
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('')).toBeNull();
  });
});
