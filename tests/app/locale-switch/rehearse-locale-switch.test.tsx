import { describe, expect, it } from 'vitest';
import { rehearseLocaleSwitch } from '../../../src/app/locale-switch/rehearse-locale-switch';
import { loadArticle } from '../../../src/lib/content/article-store';
import { loadLocaleStrings } from '../../../src/lib/i18n/i18n';

const ARTICLE = 'customer-communication-from-microsoft';

describe('rehearseLocaleSwitch', () => {
  it('renders the page in one locale, switches it to the next, and leaves the document as it was', async () => {
    // What the app has fetched by the time it rehearses (the first dynamic import in a test worker is slow).
    await Promise.all(
      ['zh-cn', 'zh-tw'].flatMap((locale) => [loadLocaleStrings(locale), loadArticle(ARTICLE, locale)]),
    );
    document.documentElement.lang = 'zh-TW';
    document.title = 'The page on screen';
    document.body.innerHTML = '<main id="main"><h1 tabindex="-1">On screen</h1></main>';
    const heading = document.querySelector('h1') as HTMLElement;
    heading.focus();
    const before = document.documentElement.outerHTML;

    const rendered = await rehearseLocaleSwitch(
      [`/zh-cn/articles/${ARTICLE}`, `/zh-tw/articles/${ARTICLE}?cloud=germany`],
      new AbortController().signal,
    );

    expect(rendered).toBe(true);
    // Hidden, outside the document, with no effects: no title, lang, head, focus or scroll of its own.
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.activeElement).toBe(heading);
    expect(window.scrollY).toBe(0);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(rehearseLocaleSwitch([`/zh-cn/articles/${ARTICLE}`], controller.signal)).resolves.toBe(
      false,
    );
  });
});
