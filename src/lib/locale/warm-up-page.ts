/**
 * Warms the browser up for a page it may show next: lays out that page's prerendered text once, offscreen
 * and hidden, in idle time. The first time a page lays out text in a script it has not shown yet (Chinese
 * after English), Chromium spends most of a locale switch on font fallback and glyph shaping (about 13 ms
 * of a 40 ms switch on a fast machine, four times that on a slow phone); once those caches are warm the
 * same layout takes 2-3 ms. Prefetching the strings and the article (prefetch-locale.ts) does not do that.
 *
 * Only this site's own prerendered HTML is used. It is parsed inertly (DOMParser runs no scripts), never
 * shown, never focusable (hidden, `inert`, `aria-hidden`), and laid out one block at a time, each inserted
 * and removed in the same task, so that no long task blocks input and nothing else ever sees it.
 */

/** Elements that hold text; the outermost of them are laid out one by one. */
const TEXT_BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,dt,dd,th,td,caption,figcaption,legend,label,summary,pre,a,button';

/** Elements the copies leave out: they would load or run something, and hold no text to lay out. */
const NOT_TEXT = 'script,style,link,img,picture,video,audio,iframe,object,embed,svg,canvas,source,track';

/** Work per idle callback, in milliseconds: well under the 50 ms of a long task, even at 4× slower CPUs. */
const SLICE_MS = 4;

/** Lays out the text of each page, one page after the other, until done or `signal` aborts. */
export async function warmUpPages(urls: readonly string[], signal: AbortSignal): Promise<void> {
  if (savesData()) return;
  for (const url of urls) {
    if (signal.aborted) return;
    try {
      await warmUpPage(url, signal);
    } catch {
      // A page that cannot be fetched now is simply not warmed: the switch still works, a little slower.
    }
  }
}

/** Pages laid out already: the browser's caches stay warm for them, so each is done once per visit. */
const warmedUp = new Set<string>();

export async function warmUpPage(url: string, signal: AbortSignal): Promise<void> {
  if (warmedUp.has(url)) return;
  const response = await fetch(url, { signal, credentials: 'same-origin', headers: { accept: 'text/html' } });
  if (!response.ok || !(response.headers.get('content-type') ?? '').includes('text/html')) return;
  // Only this site's own pages (a redirect could lead elsewhere).
  if (response.url && new URL(response.url).origin !== location.origin) return;
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const root = page.getElementById('root');
  if (!root) return;
  const blocks = [...root.querySelectorAll(TEXT_BLOCKS)].filter(
    (block) => !block.parentElement?.closest(TEXT_BLOCKS),
  );
  const lang = page.documentElement.lang;
  const width = document.getElementById('root')?.clientWidth ?? document.documentElement.clientWidth;
  let next = 0;
  while (next < blocks.length) {
    const deadline = await idle(signal);
    const started = performance.now();
    do {
      const block = blocks[next];
      next += 1;
      if (block) layOutOffscreen(block, root, lang, width);
    } while (next < blocks.length && performance.now() - started < SLICE_MS && deadline.timeRemaining() > 1);
  }
  warmedUp.add(url);
}

/** Lays out a copy of `block` inside copies of its ancestors (tag, class and lang: what the CSS matches). */
function layOutOffscreen(block: Element, root: Element, lang: string, width: number): void {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.inert = true;
  if (lang) container.lang = lang;
  // Size containment keeps the page's own layout untouched; the copy inside is laid out all the same.
  container.style.cssText = `position:absolute;top:0;left:0;width:${width}px;height:0;overflow:hidden;visibility:hidden;pointer-events:none;contain:strict`;
  let parent: Element = container;
  for (const ancestor of ancestorsBetween(root, block)) {
    const copy = document.createElement(ancestor.localName);
    for (const name of ['class', 'lang', 'dir']) {
      const value = ancestor.getAttribute(name);
      if (value !== null) copy.setAttribute(name, value);
    }
    parent.append(copy);
    parent = copy;
  }
  const copy = document.importNode(block, true);
  // Text only: nothing that loads or runs anything, and no duplicate ids, even for the moment the copy is
  // in the document.
  copy.querySelectorAll(NOT_TEXT).forEach((element) => element.remove());
  for (const element of [copy, ...copy.querySelectorAll('*')]) {
    for (const { name } of [...element.attributes]) {
      if (name === 'id' || name.startsWith('on')) element.removeAttribute(name);
    }
  }
  parent.append(copy);
  document.body.append(container);
  void (copy as HTMLElement).offsetHeight;
  container.remove();
}

/** The ancestors of `element` below `root`, outermost first. */
function ancestorsBetween(root: Element, element: Element): Element[] {
  const chain: Element[] = [];
  for (
    let ancestor = element.parentElement;
    ancestor && ancestor !== root;
    ancestor = ancestor.parentElement
  ) {
    chain.unshift(ancestor);
  }
  return chain;
}

/** The next idle period (or a short pause where the browser has no `requestIdleCallback`). */
function idle(signal: AbortSignal): Promise<IdleDeadline> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    const done = (deadline: IdleDeadline) => {
      signal.removeEventListener('abort', abort);
      resolve(deadline);
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(done, { timeout: 2000 });
    else setTimeout(() => done({ didTimeout: true, timeRemaining: () => SLICE_MS }), 50);
  });
}

/** Visitors who asked to save data do not download pages they may never open. */
function savesData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}
