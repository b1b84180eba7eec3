import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OUTCOMES } from '../../../src/domain/decision/who-contacts';
import { hostCommand, parseFrameEvent, type FrameEvent } from '../../../src/domain/embed-message';
import { sentenceAnchorId } from '../../../src/domain/sentence-key';
import { startFrameBridge, type FrameBridge } from '../../../src/features/embed/frame-bridge';

const HOST = 'https://portal.example.com';
const SITE = 'https://help.example.com';

/** A frame's window, embedded by `ancestor`, whose allowlist is `allowed`. */
function frameWindow(ancestor: string, allowed: string[], path = '/en-us/who-contacts-my-customer?embed=1') {
  const posted: { message: FrameEvent; target: string }[] = [];
  const parent = {
    postMessage: (message: unknown, target: string) => {
      const parsed = parseFrameEvent(message);
      if (!parsed.ok) throw new Error(`the frame posted an invalid message: ${JSON.stringify(message)}`);
      posted.push({ message: parsed.message, target });
    },
  };
  const listeners: ((event: MessageEvent) => void)[] = [];
  const resizeListeners = new Set<() => void>();
  const location = Object.assign(new URL(path, SITE), { ancestorOrigins: [ancestor] });
  const win = {
    parent,
    location,
    document: {
      referrer: '',
      documentElement: document.documentElement,
      getElementById: (id: string) => document.getElementById(id),
      querySelector: (selector: string) => document.querySelector(selector),
      querySelectorAll: (selector: string) => document.querySelectorAll(selector),
    },
    innerHeight: 150,
    innerWidth: 400,
    fetch: async (url: string) => {
      expect(url).toBe('/embed-config.json');
      return { ok: true, json: async () => ({ allowedHostOrigins: allowed }) };
    },
    addEventListener: (type: string, listener: (event: MessageEvent) => void) =>
      type === 'resize' ? resizeListeners.add(listener as () => void) : listeners.push(listener),
    removeEventListener: (type: string, listener: (event: MessageEvent) => void) =>
      type === 'resize'
        ? resizeListeners.delete(listener as () => void)
        : listeners.splice(listeners.indexOf(listener), 1),
    requestAnimationFrame: (callback: () => void) => setTimeout(callback, 0) as unknown as number,
    cancelAnimationFrame: (id: number) => clearTimeout(id),
  };
  const receive = (data: unknown, origin: string, source: unknown = parent) =>
    listeners.forEach((listener) => listener({ data, origin, source } as MessageEvent));
  /** The host sets the iframe's height: the frame's viewport changes. */
  const sizeTo = (height: number) => {
    win.innerHeight = height;
    resizeListeners.forEach((listener) => listener());
  };
  return { win: win as unknown as Window, posted, receive, listeners, sizeTo };
}

/** For tests that assert that nothing happens: the config's fetch and a frame (a timer here) are over by then. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
const types = (posted: { message: FrameEvent }[]) => posted.map(({ message }) => message.type);

let bridge: FrameBridge | undefined;
beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
});
afterEach(() => {
  bridge?.stop();
  vi.unstubAllGlobals();
});

describe('the frame bridge', () => {
  it('tells an allowed host it is ready, and its height, posting to that origin only', async () => {
    const frame = frameWindow(HOST, [HOST]);
    bridge = startFrameBridge({ navigate: vi.fn(), locales: ['en-us', 'zh-cn'], win: frame.win });
    await vi.waitFor(() => expect(types(frame.posted)).toEqual(['ready', 'resize']));
    expect(frame.posted[0]?.message.payload).toEqual({
      url: `${SITE}/en-us/who-contacts-my-customer?embed=1`,
      locale: 'en-us',
    });
    expect(new Set(frame.posted.map(({ target }) => target))).toEqual(new Set([HOST]));
  });

  it('says nothing to, and hears nothing from, a host that is not on the allowlist', async () => {
    for (const allowed of [[], ['https://other.example.com']]) {
      const frame = frameWindow(HOST, allowed);
      const navigate = vi.fn();
      bridge = startFrameBridge({ navigate, locales: ['en-us'], win: frame.win });
      await settle(); // nothing happens: neither a post nor a listener
      expect(frame.posted).toEqual([]);
      expect(frame.listeners).toEqual([]);
      bridge.stop();
    }
  });

  it('follows commands from its parent window at the allowed origin, and nobody else', async () => {
    const frame = frameWindow(HOST, [HOST]);
    const navigate = vi.fn();
    bridge = startFrameBridge({ navigate, locales: ['en-us', 'zh-cn'], win: frame.win });
    await vi.waitFor(() => expect(types(frame.posted)).toContain('ready'));
    const command = hostCommand('navigate', { path: '/zh-cn/' });
    frame.receive(command, 'https://evil.example.com');
    frame.receive(command, HOST, { postMessage() {} });
    frame.receive({ ...command, payload: { path: '//evil.example.com/' } }, HOST);
    frame.receive({ ...command, version: 2 }, HOST);
    expect(navigate).not.toHaveBeenCalled();
    expect(
      frame.posted.filter(({ message }) => message.type === 'debug').map(({ message }) => message.payload),
    ).toEqual([
      { ignored: 1, reason: 'origin' },
      { ignored: 2, reason: 'source' },
      { ignored: 3, reason: 'payload' },
      { ignored: 4, reason: 'envelope' },
    ]);
    expect(bridge.ignored).toBe(4);

    frame.receive(command, HOST);
    frame.receive(hostCommand('setLocale', { locale: 'zh-cn' }), HOST);
    expect(navigate.mock.calls).toEqual([['/zh-cn/'], ['/zh-cn/who-contacts-my-customer?embed=1']]);
    frame.receive(hostCommand('setLocale', { locale: 'fr-fr' }), HOST);
    expect(frame.posted.at(-1)?.message).toMatchObject({
      type: 'error',
      payload: { code: 'navigation-failed' },
    });
    expect(navigate).toHaveBeenCalledTimes(2);
  });

  it('reports pages, languages and wizard outcomes as the reader moves', async () => {
    const frame = frameWindow(HOST, [HOST]);
    bridge = startFrameBridge({ navigate: vi.fn(), locales: ['en-us', 'zh-cn'], win: frame.win });
    bridge.pageShown({ pathname: '/en-us/who-contacts-my-customer', search: '?embed=1', hash: '' });
    await vi.waitFor(() => expect(types(frame.posted)).toContain('resize'));
    frame.posted.length = 0;
    const search = '?cloud=partner-center&topic=subscription&embed=1';
    // What the wizard renders for an outcome (src/features/wizard/components/OutcomeView.tsx).
    const outcome = OUTCOMES['partner-contacts'];
    document.body.innerHTML = `<div data-outcome="${outcome.id}" data-who="${outcome.who}"></div>${outcome.cites
      .map((key) => `<figure data-sentence-key="${key}"></figure>`)
      .join('')}`;
    bridge.pageShown({ pathname: '/zh-cn/who-contacts-my-customer', search, hash: '' });
    expect(frame.posted.map(({ message }) => message)).toEqual([
      expect.objectContaining({
        type: 'navigate',
        payload: { url: `${SITE}/zh-cn/who-contacts-my-customer${search}` },
      }),
      expect.objectContaining({ type: 'locale', payload: { locale: 'zh-cn' } }),
      expect.objectContaining({
        type: 'outcome',
        payload: {
          outcome: outcome.id,
          who: 'partner',
          citations: outcome.cites.map((key) => ({
            key,
            url: `${SITE}/zh-cn/articles/customer-communication-from-microsoft#${sentenceAnchorId(key)}`,
          })),
        },
      }),
    ]);
    // The same page again (a re-render) says nothing new.
    bridge.pageShown({ pathname: '/zh-cn/who-contacts-my-customer', search, hash: '' });
    expect(frame.posted).toHaveLength(3);
    document.body.innerHTML = '';
  });

  it('reports every outcome the wizard has, whoever contacts the customer', async () => {
    const frame = frameWindow(HOST, [HOST]);
    bridge = startFrameBridge({ navigate: vi.fn(), locales: ['en-us'], win: frame.win });
    await vi.waitFor(() => expect(types(frame.posted)).toContain('resize'));
    for (const outcome of Object.values(OUTCOMES)) {
      document.body.innerHTML = `<div data-outcome="${outcome.id}" data-who="${outcome.who}"></div>${outcome.cites
        .map((key) => `<figure data-sentence-key="${key}"></figure>`)
        .join('')}`;
      bridge.pageShown({ pathname: '/en-us/who-contacts-my-customer', search: `?o=${outcome.id}`, hash: '' });
      expect(frame.posted.at(-1)?.message).toMatchObject({
        type: 'outcome',
        payload: { outcome: outcome.id, who: outcome.who },
      });
    }
    expect(new Set(Object.values(OUTCOMES).map((outcome) => outcome.who))).toContain('general');
    document.body.innerHTML = '';
  });

  it('brings the page’s #anchor into view once the host has sized the frame to show all of it', async () => {
    const frame = frameWindow(HOST, [HOST], '/en-us/articles/customer-communication-from-microsoft?embed=1');
    document.body.innerHTML = '<p id="s-1a2b3c4d">A sentence</p>';
    const scrollIntoView = vi.fn();
    Object.assign(document.getElementById('s-1a2b3c4d') as HTMLElement, { scrollIntoView });
    const content = vi
      .spyOn(document.documentElement, 'getBoundingClientRect')
      .mockReturnValue({ height: 2400 } as DOMRect);
    bridge = startFrameBridge({ navigate: vi.fn(), locales: ['en-us'], win: frame.win });
    const search = '?embed=1';
    bridge.pageShown({
      pathname: '/en-us/articles/customer-communication-from-microsoft',
      search,
      hash: '#s-1a2b3c4d',
    });
    await vi.waitFor(() => expect(frame.posted.at(-1)?.message.payload).toEqual({ height: 2400 }));
    // Still 150 px tall: scrolling now would put the sentence where it will not be once the frame grows.
    expect(scrollIntoView).not.toHaveBeenCalled();
    frame.sizeTo(2400);
    await vi.waitFor(() => expect(scrollIntoView).toHaveBeenCalledWith({ block: 'center' }));
    // Once: later resizes (the reader's doing) leave the host's scroll alone.
    frame.sizeTo(2400);
    frame.sizeTo(2500);
    await settle(); // nothing happens: no second scroll
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    content.mockRestore();
    document.body.innerHTML = '';
  });
});
