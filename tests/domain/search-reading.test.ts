// How each query word is read (whole, as a prefix, with typos), and so which terms, and which shards, a
// query fetches first and which later. Each table is the whole rule.
import { describe, expect, it } from 'vitest';
import { termRangesOf } from '../../src/domain/search-shards';
import {
  conceptReading,
  fuzzinessOf,
  keywordReading,
  withoutShortLastWord,
} from '../../src/domain/search-reading';

const END = '\uffff';

describe('a keyword’s reading', () => {
  it.each([
    ['s', false, false],
    ['in', false, false],
    ['id', false, false],
    ['inc', true, false],
    ['für', true, false],
    ['bill', true, false],
    ['renew', true, true],
    ['subscriptoin', true, true],
    ['信', true, false],
    ['账单', true, true],
    ['合作伙伴', true, true],
  ])('“%s”: as a prefix %s, with typos %s', (word, prefix, fuzzy) => {
    expect(keywordReading(word)).toEqual({ prefix, fuzzy });
  });

  it.each([
    ['bill', false],
    ['renew', 1],
    ['renewal', 2],
    ['subscriptoin', 3],
    ['信', false],
    ['账单', 1],
    ['合作伙伴', 1],
  ])('“%s” allows %s edits', (word, edits) => {
    const fuzziness = fuzzinessOf(word);
    // MiniSearch reads a fraction as that share of the word's length, rounded.
    expect(fuzziness === false || fuzziness >= 1 ? fuzziness : Math.round(fuzziness * word.length)).toBe(
      edits,
    );
  });
});

describe('a question’s words', () => {
  it.each([
    ['renewal', true, true, true],
    ['send', true, true, false],
    ['buy', true, false, false],
    ['客户', true, false, false],
    ['renewals', false, false, false],
    ['客戶', false, false, false],
  ])('“%s” (as typed: %s): as a prefix %s, with typos %s', (word, typed, prefix, fuzzy) => {
    expect(conceptReading(word, typed)).toEqual({ prefix, fuzzy });
  });
});

describe('the terms a word may match, first as written, then with its typos', () => {
  it.each([
    ['in', keywordReading('in'), ['in', 'in'], ['in', 'in']],
    ['bill', keywordReading('bill'), ['bill', `bill${END}`], ['bill', `bill${END}`]],
    [
      'subscriptoin',
      keywordReading('subscriptoin'),
      ['subscriptoin', `subscriptoin${END}`],
      ['su', `su${END}`],
    ],
    ['账单', keywordReading('账单'), ['账单', `账单${END}`], ['账', `账${END}`]],
    ['信', keywordReading('信'), ['信', `信${END}`], ['信', `信${END}`]],
    ['客戶', conceptReading('客戶', false), ['客戶', '客戶'], ['客戶', '客戶']],
    ['renewal', conceptReading('renewal', true), ['renewal', `renewal${END}`], ['re', `re${END}`]],
  ] as const)('“%s”', (word, reading, first, all) => {
    expect(termRangesOf(word, reading)).toEqual({ first, all });
  });
});

describe('a last word too short to be a prefix', () => {
  it.each([
    [['customer', 'se'], ['customer']],
    [['service', 'in'], ['service']],
    [['customer', 'ser'], null],
    [['se'], null],
    [['服务', '事'], null],
    [[], null],
  ])('%j → %j', (words, before) => {
    expect(withoutShortLastWord(words)).toEqual(before);
  });
});
