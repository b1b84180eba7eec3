import type { SentenceKey } from './article';

/**
 * The stable key of a sentence: its English original as plain text with whitespace (NBSP included) collapsed.
 * Within one source version the English original is byte-identical in every locale, so this aligns locales.
 */
export function sentenceKeyOf(englishPlainText: string): SentenceKey {
  return englishPlainText.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * A short, URL-safe, deterministic id for a sentence key, used as the `#fragment` that links to (and
 * highlights) one sentence of the article. FNV-1a over the UTF-16 code units, as 8 hex digits.
 */
export function sentenceAnchorId(key: SentenceKey): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `s-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
