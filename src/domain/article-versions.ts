import type { Article } from './article';

export type DatedVersion = Pick<Article, 'date' | 'sourceVersion'>;

/** ISO dates compare as strings; a version without a date counts as the oldest. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** The source versions of the newest-dated versions (several when dates tie). */
function newestSourceVersions(versions: readonly DatedVersion[]): Set<string> {
  let newest: string | null | undefined;
  for (const version of versions) {
    if (newest === undefined || compareDates(version.date, newest) > 0) newest = version.date;
  }
  return new Set(
    versions.filter((version) => version.date === newest).map((version) => version.sourceVersion),
  );
}

/**
 * True when `article` was translated from an earlier English source than the newest version of the slug
 * (newest by `date`, a missing date being the oldest). en-us, generated from the newest source, shares its
 * `sourceVersion` and so is never earlier. `article` itself takes part whether or not `versions` holds it.
 */
export function isEarlierVersion(article: DatedVersion, versions: readonly DatedVersion[]): boolean {
  return !newestSourceVersions([article, ...versions]).has(article.sourceVersion);
}
