import { afterEach, describe, expect, it, vi } from 'vitest';
import { textPiecesOf, warmUpText } from '../../../src/lib/locale/warm-up-text';

/** Elements as the app renders them (outside the document), with what must never be copied or run. */
function rendered(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

const PAGE = `<main id="main"><article class="article" lang="zh-CN">
<h1 id="title">标题</h1>
<div class="article-body"><p id="s-1" style="color:red">第一句。<img src="/x.png" alt="图"><a href="/y" onclick="window.ranClick = true">链接</a></p>
<ul><li>项目</li></ul><script>window.ranScript = true</script></div></article></main>`;

/** Every element put in the document while warming (containers, and the copies laid out in them). */
function recordInsertions() {
  const containers: { ariaHidden: string | null; inert: boolean; style: string; lang: string }[] = [];
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
            lang: node.lang,
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

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('textPiecesOf', () => {
  const none = new Map<string, Set<string>>();

  it('gives the visible text in pieces, each with the elements around it', () => {
    const pieces = textPiecesOf(rendered(PAGE), 'zh-CN', none);
    expect(pieces.map((piece) => piece.text)).toEqual(['标题', '第一句。', '链接', '项目']);
    expect(pieces[1]?.ancestors.map((element) => element.localName)).toEqual(['main', 'article', 'div', 'p']);
    expect(pieces[2]?.ancestors.at(-1)?.localName).toBe('a');
  });

  it('leaves out blank text and what is not laid out text', () => {
    const root = rendered(
      ' <p> </p><style>p{}</style><noscript>x</noscript><svg><text>y</text></svg><p>z</p>',
    );
    expect(textPiecesOf(root, 'en-US', none).map((piece) => piece.text)).toEqual(['z']);
  });

  it('takes each character once per style, a few at a time, never cutting one in two', () => {
    const root = rendered(`<p>${'客户通信，'.repeat(5)}😀 😀</p><p>客户 ABC</p><h1>客户</h1>`);
    const pieces = textPiecesOf(root, 'zh-CN', none);
    const paragraph = pieces.filter((piece) => piece.ancestors.at(-1)?.localName === 'p');
    expect(paragraph.map((piece) => piece.text).join('')).toBe('客户通信，😀ABC');
    for (const piece of pieces) {
      expect(Array.from(piece.text).length).toBeLessThanOrEqual(8);
      expect(piece.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    // Another style (a heading): its glyphs are measured again, at its own size and weight.
    const heading = pieces.filter((piece) => piece.ancestors.at(-1)?.localName === 'h1');
    expect(heading.map((piece) => piece.text)).toEqual(['客户']);
  });

  it('leaves out the characters already laid out in the same style, and tells languages apart', () => {
    const root = rendered('<p lang="zh-CN">客户通信</p><p lang="zh-TW">客户通信</p>');
    const [simplified] = textPiecesOf(root, 'zh-CN', none);
    const known = new Map([[simplified?.style ?? '', new Set(['客', '户'])]]);
    expect(textPiecesOf(root, 'zh-CN', known).map((piece) => piece.text)).toEqual(['通信', '客户通信']);
    // The same elements on a page in another language are another style.
    expect(textPiecesOf(root, 'zh-TW', known).map((piece) => piece.text)).toEqual(['客户通信', '客户通信']);
  });
});

describe('warmUpText', () => {
  it('lays every new character out offscreen, hidden and inert, then leaves the document as it was', async () => {
    document.body.innerHTML = '<div id="root"><p id="s-1">current page</p></div>';
    const before = document.body.innerHTML;
    const { containers, copies, stop } = recordInsertions();
    const characters = await warmUpText(rendered(PAGE), 'zh-CN', new AbortController().signal);
    await stop();
    expect(characters).toBe(2 + 4 + 2 + 2);
    expect(document.body.innerHTML).toBe(before);
    expect(containers).toEqual([
      {
        ariaHidden: 'true',
        inert: true,
        lang: 'zh-CN',
        style: expect.stringMatching(/visibility: hidden.*contain: strict/),
      },
    ]);
    expect(copies).toHaveLength(4);
    expect(copies[1]).toBe(
      '<main><article class="article" lang="zh-CN"><div class="article-body"><p>第一句。</p></div></article></main>',
    );
  });

  it('copies text only: no ids, styles, images, scripts, links or handlers', async () => {
    // Other words than the test above: what a visit has laid out is not laid out again.
    const otherWords = PAGE.replace('标题', '目录')
      .replace('第一句', '第二段')
      .replace('链接', '网址')
      .replace('项目', '条目');
    const { copies, stop } = recordInsertions();
    await warmUpText(rendered(otherWords), 'zh-CN', new AbortController().signal);
    await stop();
    expect(copies).toHaveLength(4);
    expect(copies.join('')).not.toMatch(/ id=|style=|<img|<script|onclick|href/);
    expect((window as unknown as Record<string, unknown>).ranClick).toBeUndefined();
    expect((window as unknown as Record<string, unknown>).ranScript).toBeUndefined();
  });

  it('lays out nothing twice in a visit', async () => {
    const root = rendered('<p>再次出现</p>');
    expect(await warmUpText(root, 'zh-CN', new AbortController().signal)).toBe(4);
    const { containers, stop } = recordInsertions();
    expect(await warmUpText(root, 'zh-CN', new AbortController().signal)).toBe(0);
    await stop();
    expect(containers).toEqual([]);
  });

  it('stops when aborted, leaving nothing behind', async () => {
    const controller = new AbortController();
    const warming = warmUpText(rendered('<p>中止以后什么也不留下来</p>'), 'zh-CN', controller.signal);
    controller.abort();
    await expect(warming).rejects.toBeDefined();
    expect(document.body.innerHTML).toBe('');
  });

  it('does nothing for visitors who asked to save data', async () => {
    vi.stubGlobal('navigator', { ...navigator, connection: { saveData: true } });
    const { containers, stop } = recordInsertions();
    expect(await warmUpText(rendered('<p>节省流量</p>'), 'zh-CN', new AbortController().signal)).toBe(0);
    await stop();
    expect(containers).toEqual([]);
  });
});
