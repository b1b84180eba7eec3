import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmUpPage, warmUpPages } from '../../../src/lib/locale/warm-up-page';

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

/** Every element appended to the document while warming, with a copy of what it held then. */
function recordInsertions() {
  const inserted: { html: string; ariaHidden: string | null; inert: boolean }[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof HTMLElement) {
          inserted.push({
            html: node.innerHTML,
            ariaHidden: node.getAttribute('aria-hidden'),
            inert: node.inert,
          });
        }
      }
    }
  });
  observer.observe(document.body, { childList: true });
  return { inserted, stop: () => observer.disconnect() };
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('warmUpPage', () => {
  it('lays out each text block of the page offscreen, then leaves the document as it was', async () => {
    document.body.innerHTML = '<div id="root"><p id="s-1">current page</p></div>';
    const before = document.body.innerHTML;
    vi.stubGlobal('fetch', respondWith(PAGE));
    const { inserted, stop } = recordInsertions();
    await warmUpPage('/zh-cn/', new AbortController().signal);
    await Promise.resolve();
    stop();
    expect(document.body.innerHTML).toBe(before);
    // h1, p and li: the outermost text blocks, each inside copies of its ancestors.
    expect(inserted).toHaveLength(3);
    for (const { ariaHidden, inert } of inserted) {
      expect(ariaHidden).toBe('true');
      expect(inert).toBe(true);
    }
    expect(inserted[1]?.html).toContain('<article class="article" lang="zh-CN">');
    expect(inserted[1]?.html).toContain('第一句。');
  });

  it('copies text only: no ids, no images, no scripts, no inline handlers', async () => {
    vi.stubGlobal('fetch', respondWith(PAGE));
    const { inserted, stop } = recordInsertions();
    await warmUpPage('/zh-cn/articles/copies', new AbortController().signal);
    await Promise.resolve();
    stop();
    expect(inserted).toHaveLength(3);
    const html = inserted.map((entry) => entry.html).join('');
    expect(html).not.toMatch(/ id=|<img|<script|onerror|onclick/);
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
      const { inserted, stop } = recordInsertions();
      await warmUpPage('/zh-tw/not-html', new AbortController().signal);
      stop();
      expect(inserted).toEqual([]);
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
