/**
 * Limits of the sentence search, apart from the engine (`search.ts` brings MiniSearch): pages that only
 * show a query may import these without downloading the engine.
 */

/** Enough for a header list and a results page; an agent refines the query rather than scrolls. */
export const MAX_HITS = 20;
/** Longer queries are cut: a pasted paragraph is not a search, and the cost grows with every term. */
export const MAX_QUERY_LENGTH = 200;
