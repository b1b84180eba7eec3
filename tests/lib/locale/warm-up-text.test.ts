import { afterEach, describe, expect, it, vi } from 'vitest';
import { textPiecesOf, warmUpPage, warmUpPages } from '../../../src/lib/locale/warm-up-page';

const PAGE = `<!doctype html><html lang="zh-CN"><head><script>window.ranHead = true</script></head><body>
<div id="root"><main id="main"><article class="article" lang="zh-CN">
<h1 id="title">标题</h1>
<div class="article-body"><p id="s-1">第一句。<img src="/x.png" onerror="window.ranImage = true"><a href="/y" onclick="window.ranClick = true">链接</a></p>
<ul><li>项目</li></ul></div></article></main></div>
<script>window.ranBody = true</script></body></html>`;

function respondWith(body: string, init: ResponseInit & { url?: string } = {}) {
  const response = new Response(body, {
    status: init.status ?? 200,
    headers: { 'content-type': 'text/html; charset=utf-8', ...(init.headers ?? {}) },
  });
  Object.defineProperty(response, 'url', { value: init.url ?? `${location.origin}/zh-cn/` });
  return vi.fn(async () => response);
}

/** Every element appended to the document while warming (containers and the copies laid out in them). */
function recordInsertions() {
  const containers: { ariaHidden: string | null; inert: boolean; style: string }[] = [];
  const copies: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof HTMLElement)) continue;
        if (record.target === document.body) {
          containers.push({
            ariaHidden: node.getAttribute('aria-hidden'),
            inert: node.inert,
            style: node.style.cssText,
          });
        } else {
          // Detached again by now, with what it held while it was laid out.
          copies.push(node.outerHTML);
        }
      }
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return {
    containers,
    copies,
    stop: async () => {
      await Promise.resolve();
      observer.disconnect();
    },
  };
}

function parse(html: string): Element {
  const root = new DOMParser().parseFromString(html, 'text/html').getElementById('root');
  if (!root) throw new Error('the test page has no #root');
  return root;
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('textPiecesOf', () => {
  it('cuts the visible text into pieces of a few characters, each with the elements around it', () => {
    const pieces = textPiecesOf(parse(PAGE));
    expect(pieces.map((piece) => piece.text)).toEqual(['标题', '第一句。', '链接', '项目']);
    expect(pieces[1]?.ancestors.map((element) => element.localName)).toEqual(['main', 'article', 'div', 'p']);
    expect(pieces[2]?.ancestors.at(-1)?.localName).toBe('a');
  });

  it('leaves out blank text and what is not laid out text', () => {
    const root = parse(
      '<div id="root"> <p> </p><style>p{}</style><noscript>x</noscript><svg><text>y</text></svg><p>z</p></div>',
    );
    expect(textPiecesOf(root).map((piece) => piece.text)).toEqual(['z']);
  });

  it('cuts long text by characters, never inside one', () => {
    const text = '客户通信'.repeat(5) + '😀'.repeat(20);
    const pieces = textPiecesOf(parse(`<div id="root"><p>${text}</p></div>`)).map((piece) => piece.text);
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces) {
      expect(Array.from(piece).length).toBeLessThanOrEqual(16);
      expect(piece).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });
});

describe('warmUpPage', () => {
  it('lays out every piece of the page offscreen, hidden and inert, then leaves the document as it was', async () => {
    document.body.innerHTML = '<div id="root"><p id="s-1">current page</p></div>';
    const before = document.body.innerHTML;
    vi.stubGlobal('fetch', respondWith(PAGE));
    const { containers, copies, stop } = recordInsertions();
    await warmUpPage('/zh-cn/', new AbortController().signal);
    await stop();
    expect(document.body.innerHTML).toBe(before);
    expect(containers.length).toBeGreaterThan(0);
    for (const { ariaHidden, inert, style } of containers) {
      expect(ariaHidden).toBe('true');
      expect(inert).toBe(true);
      expect(style).toContain('visibility: hidden');
      expect(style).toContain('contain: strict');
    }
    expect(copies).toHaveLength(4);
    expect(copies[1]).toBe(
      '<main><article class="article" lang="zh-CN"><div class="article-body"><p>第一句。</p></div></article></main>',
    );
  });

  it('copies text only: no ids, no images, no scripts, no inline handlers', async () => {
    vi.stubGlobal('fetch', respondWith(PAGE));
    const { copies, stop } = recordInsertions();
    await warmUpPage('/zh-cn/articles/copies', new AbortController().signal);
    await stop();
    expect(copies).toHaveLength(4);
    const html = copies.join('');
    expect(html).not.toMatch(/ id=|<img|<script|onerror|onclick|href/);
    const flags = window as unknown as Record<string, unknown>;
    expect([flags.ranHead, flags.ranBody, flags.ranImage, flags.ranClick]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('ignores answers that are not this site’s HTML pages', async () => {
    for (const fetchPage of [
      respondWith(PAGE, { status: 404 }),
      respondWith(PAGE, { headers: { 'content-type': 'application/json' } }),
      respondWith(PAGE, { url: 'https://elsewhere.example/zh-cn/' }),
    ]) {
      vi.stubGlobal('fetch', fetchPage);
      const { containers, stop } = recordInsertions();
      await warmUpPage('/zh-tw/not-html', new AbortController().signal);
      await stop();
      expect(containers).toEqual([]);
    }
  });

  it('lays each page out once per visit: its text stays warm in the browser', async () => {
    const fetchPage = respondWith(PAGE);
    vi.stubGlobal('fetch', fetchPage);
    await warmUpPage('/zh-cn/once', new AbortController().signal);
    await warmUpPage('/zh-cn/once', new AbortController().signal);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it('tries again later when a page could not be laid out', async () => {
    vi.stubGlobal('fetch', respondWith(PAGE, { status: 503 }));
    await warmUpPage('/zh-cn/retry', new AbortController().signal);
    const fetchPage = respondWith(PAGE);
    vi.stubGlobal('fetch', fetchPage);
    await warmUpPage('/zh-cn/retry', new AbortController().signal);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });
});

describe('warmUpPages', () => {
  it('does nothing once aborted, and swallows a failed download', async () => {
    const controller = new AbortController();
    controller.abort();
    const fetchPage = respondWith(PAGE);
    vi.stubGlobal('fetch', fetchPage);
    await warmUpPages(['/zh-cn/aborted', '/zh-tw/aborted'], controller.signal);
    expect(fetchPage).not.toHaveBeenCalled();

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('offline');
      }),
    );
    await expect(warmUpPages(['/zh-cn/offline'], new AbortController().signal)).resolves.toBeUndefined();
  });

  it('downloads nothing for visitors who asked to save data', async () => {
    vi.stubGlobal('navigator', { ...navigator, connection: { saveData: true } });
    const fetchPage = respondWith(PAGE);
    vi.stubGlobal('fetch', fetchPage);
    await warmUpPages(['/zh-cn/save-data'], new AbortController().signal);
    expect(fetchPage).not.toHaveBeenCalled();
  });
});
