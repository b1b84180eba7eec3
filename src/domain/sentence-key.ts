import type { SentenceKey } from './article';
import { fnv1aHex } from './hash';

/**
 * The stable key of a sentence: its English original as plain text with whitespace (NBSP included) collapsed.
 * Within one source version the English original is byte-identical in every locale, so this aligns locales.
 */
export function sentenceKeyOf(englishPlainText: string): SentenceKey {
  return englishPlainText.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * A short, URL-safe, deterministic id for a sentence key, used as the `#fragment` that links to (and
 * highlights) one sentence of the article.
 */
export function sentenceAnchorId(key: SentenceKey): string {
  return `s-${fnv1aHex(key)}`;
}
