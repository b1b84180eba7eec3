import { idle } from '../scheduling/idle';

/**
 * Warms the browser up for text it may show next: lays it out once, offscreen and hidden, in idle time.
 * The first time a page lays out text it has not shown yet (Chinese after English), Chromium spends most
 * of a locale switch measuring each new glyph in each size and weight (about 20 ms of a 45 ms switch on a
 * fast machine, 80 ms of 190 ms with a four times slower CPU); once the glyphs are known the same layout
 * takes a few milliseconds. Fetching the strings and the article (prefetch-locale.ts) does not do that.
 *
 * The text comes from elements the app rendered itself, outside the document. Since the cost is per glyph,
 * each character is laid out once per style (the elements around it: tag, class, lang and dir, which is
 * what the CSS matches), a few characters at a time inside copies of those elements, never shown, never
 * focusable (hidden, `inert`, `aria-hidden`), so every task stays short.
 */

/** Elements whose content is not laid out text: left out, with everything in them. */
const NOT_TEXT = 'script,style,template,noscript,svg,math,iframe,object,canvas,video,audio,select,textarea';

/** New characters per piece: a few glyphs to measure, a few milliseconds even with a slow CPU. */
const PIECE_CHARS = 8;

/** Work per idle callback, in milliseconds: well under the 50 ms of a long task, even at 4× slower CPUs. */
const SLICE_MS = 4;

/** Characters in a style, and the elements around them, outermost first. */
interface TextPiece {
  style: string;
  ancestors: readonly Element[];
  text: string;
}

/** The characters laid out so far in this visit, per style: the browser keeps their glyphs. */
const laidOut = new Map<string, Set<string>>();

/**
 * Lays out the text inside `root` as a page in `lang` would: what has not been laid out yet, a few
 * characters per task, in idle time, until done or `signal` aborts. Resolves to the characters laid out.
 */
export async function warmUpText(root: Element, lang: string, signal: AbortSignal): Promise<number> {
  if (savesData()) return 0;
  await idle(signal);
  const pieces = textPiecesOf(root, lang);
  if (pieces.length === 0) return 0;
  // One container, put in the document once: what goes in and out of it then lays out only itself (it
  // is size-contained), not the page around it.
  const container = offscreenContainer(lang);
  document.body.append(container);
  let characters = 0;
  try {
    let next = 0;
    let lastPieceMs = 0;
    while (next < pieces.length) {
      const deadline = await idle(signal);
      const started = performance.now();
      // One piece at least; another only if it, taking as long as the last one, still fits the slice.
      do {
        const piece = pieces[next];
        next += 1;
        const pieceStarted = performance.now();
        if (piece) characters += layOut(piece, container);
        lastPieceMs = performance.now() - pieceStarted;
      } while (
        next < pieces.length &&
        performance.now() - started + lastPieceMs < SLICE_MS &&
        deadline.timeRemaining() > lastPieceMs + 1
      );
    }
  } finally {
    container.remove();
  }
  return characters;
}

/**
 * The characters of the visible text inside `root` not laid out yet (`known`) in their style, each once,
 * in pieces of a few, each with the elements around it.
 */
export function textPiecesOf(
  root: Element,
  lang: string,
  known: ReadonlyMap<string, ReadonlySet<string>> = laidOut,
): TextPiece[] {
  const styles = new Map<string, { ancestors: Element[]; characters: Set<string> }>();
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(NOT_TEXT)) continue;
    const ancestors = ancestorsBetween(root, node);
    const style = styleOf(lang, ancestors);
    let entry = styles.get(style);
    if (!entry) {
      entry = { ancestors, characters: new Set() };
      styles.set(style, entry);
    }
    // By code point, so a character outside the BMP is never split in two.
    for (const character of node.nodeValue ?? '') {
      if (character.trim() && !known.get(style)?.has(character)) entry.characters.add(character);
    }
  }
  const pieces: TextPiece[] = [];
  for (const [style, { ancestors, characters }] of styles) {
    const all = [...characters];
    for (let start = 0; start < all.length; start += PIECE_CHARS) {
      pieces.push({ style, ancestors, text: all.slice(start, start + PIECE_CHARS).join('') });
    }
  }
  return pieces;
}

/** What decides how a character looks: the page's language and the elements around it. */
function styleOf(lang: string, ancestors: readonly Element[]): string {
  const parts = ancestors.map(
    (element) =>
      `${element.localName}.${element.getAttribute('class') ?? ''}[${element.getAttribute('lang') ?? ''}|${element.getAttribute('dir') ?? ''}]`,
  );
  return [lang, ...parts].join('>');
}

/** A hidden, inert box outside the page's flow whose contents are laid out but never shown. */
function offscreenContainer(lang: string): HTMLElement {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.inert = true;
  if (lang) container.lang = lang;
  const width = document.getElementById('root')?.clientWidth ?? document.documentElement.clientWidth;
  // Size containment keeps the page's own layout untouched; what is inside is laid out all the same.
  container.style.cssText = `position:absolute;top:0;left:0;width:${width}px;height:0;overflow:hidden;visibility:hidden;pointer-events:none;contain:strict`;
  return container;
}

/**
 * Lays out `piece` inside copies of its ancestors (tag, class, lang and dir: what the CSS matches, and
 * nothing that could load or run anything); returns how many characters it laid out.
 */
function layOut(piece: TextPiece, container: HTMLElement): number {
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
  let characters = laidOut.get(piece.style);
  if (!characters) {
    characters = new Set();
    laidOut.set(piece.style, characters);
  }
  const text = Array.from(piece.text);
  for (const character of text) characters.add(character);
  return text.length;
}

/** The elements around `node` below `root`, outermost first. */
function ancestorsBetween(root: Element, node: Node): Element[] {
  const chain: Element[] = [];
  for (let ancestor = node.parentElement; ancestor && ancestor !== root; ancestor = ancestor.parentElement) {
    chain.unshift(ancestor);
  }
  return chain;
}

/** Visitors who asked to save data get no work they may never need. */
export function savesData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}
