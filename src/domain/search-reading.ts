/**
 * How the sentence index reads each word of a query: as a whole word, as the start of longer ones, with
 * typos. One place for the rules, read by MiniSearch's options (./search.ts, ./search-ask.ts) and by the
 * sharded index, which fetches the terms a word may match as the whole index would read it
 * (./search-sharded.ts). Pure: no MiniSearch, no DOM.
 */

const HAN = /\p{Script=Han}/u;

/**
 * A Latin word shorter than this is read as a whole word, never as the start of longer ones: as a prefix
 * "in" matched some 400 German and English terms, 16,000 postings (de-de), whose scoring alone took most of
 * a keystroke's 50 ms at 4× CPU, and whose shards a query fetched whole. From the third letter a word
 * narrows enough ("inc" → incident, include…).
 */
export const MIN_PREFIX_LETTERS = 3;

/**
 * Typo tolerance: Latin words of five letters or more allow a quarter of their length in edits
 * ("subscriptoin" → "subscriptions"); a Chinese word of two characters or more allows one, which also
 * bridges variant characters the script conversion keeps apart (账单 / 帐单).
 */
export function fuzzinessOf(term: string): number | false {
  if (HAN.test(term)) return term.length >= 2 ? 1 : false;
  return term.length >= 5 ? 0.25 : false;
}

/** A keyword as a prefix: a Chinese one always (an input method commits a word a character at a time). */
export const keywordIsPrefix = (term: string): boolean => HAN.test(term) || term.length >= MIN_PREFIX_LETTERS;

/** A question's word as a prefix ("remind" → "reminders"): Latin words of four letters or more. */
export const conceptIsPrefix = (term: string): boolean => !HAN.test(term) && term.length >= 4;

/** One typo in a two-character Chinese word is half of it: a question's concepts list the variants instead. */
export const conceptFuzziness = (term: string): number | false =>
  HAN.test(term) ? false : fuzzinessOf(term);

/** How a word is read: what the terms it matches may be. */
export interface Reading {
  prefix: boolean;
  fuzzy: boolean;
}

export const EXACT: Reading = { prefix: false, fuzzy: false };

export const keywordReading = (term: string): Reading => ({
  prefix: keywordIsPrefix(term),
  fuzzy: fuzzinessOf(term) !== false,
});

/** A concept's word as typed is read as a question reads it; its other words (listed right) exactly. */
export const conceptReading = (term: string, typed: boolean): Reading =>
  typed ? { prefix: conceptIsPrefix(term), fuzzy: conceptFuzziness(term) !== false } : EXACT;

/**
 * The query without its last word when that word is too short to be a prefix ("customer se", "service
 * in"): searched when the whole query finds nothing, so the list keeps the words before it while the last
 * is typed. Null when there is no such word or nothing before it.
 */
export function withoutShortLastWord(words: readonly string[]): string[] | null {
  const last = words.at(-1) ?? '';
  return words.length > 1 && !keywordIsPrefix(last) ? words.slice(0, -1) : null;
}
