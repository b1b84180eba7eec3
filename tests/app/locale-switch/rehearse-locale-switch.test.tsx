import { describe, expect, it } from 'vitest';
import { openRehearsal } from '../../../src/app/locale-switch/rehearse-locale-switch';
import { preloadRoute } from '../../../src/app/boot';

const ARTICLE = 'customer-communication-from-microsoft';

describe('openRehearsal', () => {
  it('renders the page in one locale, then switches it, outside the document and touching nothing', async () => {
    // What the app loads before each step, so that the copy renders whole.
    await Promise.all([
      preloadRoute({ pathname: `/zh-cn/articles/${ARTICLE}`, search: '' }, 'zh-cn'),
      preloadRoute({ pathname: `/zh-tw/articles/${ARTICLE}`, search: '?cloud=germany' }, 'zh-tw'),
    ]);
    document.documentElement.lang = 'en-US';
    document.title = 'The page on screen';
    document.body.innerHTML = '<main id="main"><h1 tabindex="-1">On screen</h1></main>';
    const heading = document.querySelector('h1') as HTMLElement;
    heading.focus();
    const before = document.documentElement.outerHTML;
    const signal = new AbortController().signal;

    const rehearsal = openRehearsal();
    expect(await rehearsal.show(`/zh-cn/articles/${ARTICLE}`, signal)).toBe(true);
    expect(rehearsal.container.querySelector('h1')?.textContent).toBe('客户与 Microsoft 成功通信的准则');
    expect(rehearsal.container.querySelector('article')?.lang).toBe('zh-CN');
    expect(await rehearsal.show(`/zh-tw/articles/${ARTICLE}?cloud=germany`, signal)).toBe(true);
    expect(rehearsal.container.querySelector('h1')?.textContent).toBe('Microsoft 的客戶通訊');
    // Hidden, outside the document, with no effects: no title, lang, head, focus or scroll of its own.
    expect(rehearsal.container.isConnected).toBe(false);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.activeElement).toBe(heading);
    rehearsal.close();
    expect(rehearsal.container.childElementCount).toBe(0);
  });

  it('gives up a step when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const rehearsal = openRehearsal();
    await expect(rehearsal.show(`/zh-cn/articles/${ARTICLE}`, controller.signal)).resolves.toBe(false);
    rehearsal.close();
  });
});
