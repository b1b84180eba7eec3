/**
 * Warms the browser up for a page it may show next: lays out that page's prerendered text once, offscreen
 * and hidden, in idle time. The first time a page lays out text it has not shown yet (Chinese after
 * English), Chromium spends most of a locale switch measuring each new glyph in each size and weight (about
 * 20 ms of a 45 ms switch on a fast machine, 80 ms of 190 ms with a four times slower CPU); once the glyphs
 * are known the same layout takes a few milliseconds. Prefetching the strings and the article
 * (prefetch-locale.ts) does not do that.
 *
 * Only this site's own prerendered HTML is used. It is parsed inertly (DOMParser runs no scripts), never
 * shown, never focusable (hidden, `inert`, `aria-hidden`). The text is laid out a few characters at a time,
 * each piece inside copies of the elements around it (what the CSS matches: tag, class, lang), so every
 * task stays short: the cost is per glyph, and a piece has only a few new ones.
 */

/** Elements whose content is not laid out text: left out, with everything in them. */
const NOT_TEXT = 'script,style,template,noscript,svg,math,iframe,object,canvas,video,audio,select,textarea';

/** Characters per piece: a handful of new glyphs, well under a millisecond even on a slow phone. */
const PIECE_CHARS = 16;

/** Work per idle callback, in milliseconds: well under the 50 ms of a long task, even at 4× slower CPUs. */
const SLICE_MS = 4;

/** One piece of text and the elements around it in its page, outermost first. */
interface TextPiece {
  ancestors: readonly Element[];
  text: string;
}

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
  const pieces = textPiecesOf(root);
  const lang = page.documentElement.lang;
  const width = document.getElementById('root')?.clientWidth ?? document.documentElement.clientWidth;
  let next = 0;
  while (next < pieces.length) {
    const deadline = await idle(signal);
    const started = performance.now();
    const container = offscreenContainer(lang, width);
    document.body.append(container);
    try {
      do {
        const piece = pieces[next];
        next += 1;
        if (piece) layOut(piece, container);
      } while (
        next < pieces.length &&
        performance.now() - started < SLICE_MS &&
        deadline.timeRemaining() > 1
      );
    } finally {
      container.remove();
    }
  }
  warmedUp.add(url);
}

/** The page's visible text, in pieces of a few characters, each with the elements around it. */
export function textPiecesOf(root: Element): TextPiece[] {
  const pieces: TextPiece[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const parent = node.parentElement;
    if (!text.trim() || !parent || parent.closest(NOT_TEXT)) continue;
    const ancestors = ancestorsBetween(root, node);
    // By code point, so a character outside the BMP is never split in two.
    const characters = Array.from(text);
    for (let start = 0; start < characters.length; start += PIECE_CHARS) {
      pieces.push({ ancestors, text: characters.slice(start, start + PIECE_CHARS).join('') });
    }
  }
  return pieces;
}

/** A hidden, inert box outside the page's flow whose contents are laid out but never shown. */
function offscreenContainer(lang: string, width: number): HTMLElement {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.inert = true;
  if (lang) container.lang = lang;
  // Size containment keeps the page's own layout untouched; what is inside is laid out all the same.
  container.style.cssText = `position:absolute;top:0;left:0;width:${width}px;height:0;overflow:hidden;visibility:hidden;pointer-events:none;contain:strict`;
  return container;
}

/** Lays out `piece` inside copies of its ancestors (tag, class, lang and dir: what the CSS matches). */
function layOut(piece: TextPiece, container: HTMLElement): void {
  // Built apart, then put in the container once and measured: that lays the piece out.
  let outermost: HTMLElement | null = null;
  let innermost: HTMLElement | null = null;
  for (const ancestor of piece.ancestors) {
    const copy = document.createElement(ancestor.localName);
    for (const name of ['class', 'lang', 'dir']) {
      const value = ancestor.getAttribute(name);
      if (value !== null) copy.setAttribute(name, value);
    }
    if (innermost) innermost.append(copy);
    else outermost = copy;
    innermost = copy;
  }
  const box = outermost ?? document.createElement('span');
  (innermost ?? box).append(piece.text);
  container.append(box);
  void box.offsetHeight;
  box.remove();
}

/** The elements around `node` below `root`, outermost first. */
function ancestorsBetween(root: Element, node: Node): Element[] {
  const chain: Element[] = [];
  for (let ancestor = node.parentElement; ancestor && ancestor !== root; ancestor = ancestor.parentElement) {
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
