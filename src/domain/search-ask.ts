/**
 * How a question (see ./search-question.ts) is searched and ranked: on any of its concepts, the results
 * that cover more of them first, led by the wizard answer that fits best. Apart from `search.ts` to keep
 * each file to one job; the engine is passed in (no MiniSearch import here but its types).
 */
import type { Query, SearchOptions, SearchResult } from 'minisearch';
import type { QueryPlan } from './search-question';
import { conceptFuzziness, conceptIsPrefix } from './search-reading';

/** Hits scoring under this share of the best one are noise from a common word ("Microsoft", 客户). */
const MIN_SHARE = 0.2;

/**
 * The query of one concept: any of its words. Only the word as typed is read with typo tolerance and as a
 * prefix ("remind" → "reminders"): a concept's other words are written right, and reading each of them
 * fuzzily cost more than the rest of the search put together.
 */
function conceptQueryOf([typed = '', ...others]: readonly string[]): Query {
  return {
    combineWith: 'OR',
    queries: [typed, ...(others.length > 0 ? [{ queries: others, fuzzy: false, prefix: false }] : [])],
  };
}

/**
 * Search options of a question. `fields` are the index's; `aboutFields` those of what an outcome is
 * about (its title, topic and examples), weighted above the texts: a question naming an outcome's topic
 * ("renewal", "outage") asks for that outcome.
 */
export function questionOptionsFor(
  fields: readonly string[],
  aboutOf: (field: string) => boolean,
  isPageLocale: (field: string) => boolean,
): SearchOptions {
  return {
    fields: [...fields],
    combineWith: 'OR',
    // Each word is one already (a concept's 当机 is not 当 and 机).
    tokenize: (text) => [text],
    boost: Object.fromEntries(
      fields.map((field) => [field, (aboutOf(field) ? 3 : 1) * (isPageLocale(field) ? 2 : 1)]),
    ),
    prefix: conceptIsPrefix,
    fuzzy: conceptFuzziness,
  };
}

/**
 * Searches a question concept by concept and ranks what it finds. Each concept adds the result's share of
 * the concept's best score among results of its kind, weighed by how rare the concept is among the documents (inverse document
 * frequency): "marketing", matched by one wizard answer, counts for more than "customer", which every
 * sentence says, however many of its words ("customer", 客户, 客戶…) a sentence holds. Noise (under a fifth
 * of the best) is dropped; the best wizard answer leads, then the sentences, then the other answers.
 */
export function askQuestion(
  search: (query: Query) => SearchResult[],
  plan: QueryPlan,
  documentCount: number,
): SearchResult[] {
  const found = new Map<unknown, SearchResult>();
  for (const concept of plan.concepts) {
    const results = search(conceptQueryOf(concept));
    if (results.length === 0) continue;
    const weight = Math.log(1 + documentCount / results.length);
    // Shares of the best of the same kind: an outcome's topic words outweigh any sentence's.
    const best = new Map<unknown, number>();
    for (const result of results) if (!best.has(result.kind)) best.set(result.kind, result.score);
    for (const result of results) {
      const share = (weight * result.score) / (best.get(result.kind) ?? result.score);
      const seen = found.get(result.id);
      found.set(result.id, seen ? merged(seen, result, share) : { ...result, score: share });
    }
  }
  const ranked = [...found.values()].sort((a, b) => b.score - a.score);
  const outcomes = ranked.filter((result) => result.kind === 'outcome');
  const sentences = ranked.filter((result) => result.kind !== 'outcome');
  const [answer, ...others] = aboveNoise(outcomes);
  return [...(answer ? [answer] : []), ...aboveNoise(sentences), ...others];
}

const aboveNoise = (results: SearchResult[]) =>
  results.filter((result) => result.score >= (results[0]?.score ?? 0) * MIN_SHARE);

/** One result for a document several concepts found: scores added, matched words and fields joined. */
function merged(seen: SearchResult, result: SearchResult, share: number): SearchResult {
  const match = { ...seen.match };
  for (const [term, fields] of Object.entries(result.match))
    match[term] = [...new Set([...(match[term] ?? []), ...fields])];
  return {
    ...seen,
    score: seen.score + share,
    terms: [...new Set([...seen.terms, ...result.terms])],
    queryTerms: [...new Set([...seen.queryTerms, ...result.queryTerms])],
    match,
  };
}
