/**
 * Marking where a search matched a sentence, and cutting a long sentence around its match. Apart from the
 * engine (`search.ts` brings MiniSearch): the result views import only this. No React, no DOM.
 */

export interface HighlightSegment {
  text: string;
  marked: boolean;
}

const HAN = /\p{Script=Han}/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Latin terms must be whole words ("so" is not marked inside "Microsoft"); Han words have no spaces. */
function isWholeWord(haystack: string, from: number, length: number): boolean {
  if (HAN.test(haystack[from] ?? '')) return true;
  return (
    !WORD_CHARACTER.test(haystack[from - 1] ?? '') && !WORD_CHARACTER.test(haystack[from + length] ?? '')
  );
}

/**
 * Splits `text` into runs, marking every occurrence of the matched index terms (case-insensitively), whole
 * words only in Latin script. `searchIn` is the same text in the other Chinese script, when the match was
 * there: OpenCC converts character by character, so its positions are the text's own.
 */
export function highlight(text: string, terms: readonly string[], searchIn?: string): HighlightSegment[] {
  const haystack = (
    searchIn !== undefined && searchIn.length === text.length ? searchIn : text
  ).toLocaleLowerCase('en-US');
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    if (!term) continue;
    for (let from = haystack.indexOf(term); from !== -1; from = haystack.indexOf(term, from + 1)) {
      if (isWholeWord(haystack, from, term.length)) marked.fill(true, from, from + term.length);
    }
  }
  const segments: HighlightSegment[] = [];
  let start = 0;
  for (let index = 1; index <= text.length; index += 1) {
    if (index === text.length || marked[index] !== marked[start]) {
      segments.push({ text: text.slice(start, index), marked: marked[start] ?? false });
      start = index;
    }
  }
  return segments;
}

/**
 * At most `max` code points of highlighted runs, starting a little before the first mark so the match is in
 * view, with "…" where the sentence was cut: a short list shows where a long sentence matched.
 */
export function excerpt(segments: readonly HighlightSegment[], max: number): HighlightSegment[] {
  const runs = segments.map((segment) => ({ ...segment, points: Array.from(segment.text) }));
  const total = runs.reduce((sum, run) => sum + run.points.length, 0);
  if (total <= max) return [...segments];
  const firstMark = runs.findIndex((run) => run.marked);
  const before = runs.slice(0, Math.max(firstMark, 0)).reduce((sum, run) => sum + run.points.length, 0);
  const points = runs.flatMap((run) => run.points);
  const start = snapToWord(
    points,
    Math.min(Math.max(before - Math.min(LEAD_IN, Math.floor(max / 3)), 0), total - max),
    1,
  );
  const end = snapToWord(points, start + max, -1);
  const kept: HighlightSegment[] = [];
  let offset = 0;
  for (const run of runs) {
    const from = Math.max(start - offset, 0);
    const to = Math.min(end - offset, run.points.length);
    if (from < to) kept.push({ text: run.points.slice(from, to).join(''), marked: run.marked });
    offset += run.points.length;
  }
  if (start > 0) kept.unshift({ text: '…', marked: false });
  if (end < total) kept.push({ text: '…', marked: false });
  return kept;
}

/** Code points an excerpt keeps before its first mark (at most a third of the excerpt). */
const LEAD_IN = 24;
/** How far a cut moves to fall between two words rather than inside one. */
const WORD_SNAP = 15;

/**
 * Moves a cut inside a Latin word (forwards for a start, backwards for an end) to the nearest space within
 * WORD_SNAP code points; Chinese has no spaces, and a cut there stays where it was.
 */
function snapToWord(points: readonly string[], cut: number, direction: 1 | -1): number {
  if (cut <= 0 || cut >= points.length) return cut;
  const inWord = (index: number) =>
    WORD_CHARACTER.test(points[index] ?? '') && !HAN.test(points[index] ?? '');
  const space = (index: number) => /\s/u.test(points[index] ?? '');
  // Not a space just inside the ellipsis.
  if (direction === 1 && space(cut)) return cut + 1;
  if (direction === -1 && space(cut - 1)) return cut - 1;
  if (!inWord(cut - 1) || !inWord(cut)) return cut;
  for (let step = 1; step <= WORD_SNAP; step += 1) {
    const at = cut + direction * step;
    if (space(at)) return direction === 1 ? at + 1 : at;
  }
  return cut;
}
