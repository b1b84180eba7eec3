import { appliesToOf, filterValuesOf, type AppliesToEntry } from '../../domain/applies-to';
import type { FilterParam } from '../../domain/filter-params';
import { articleListings, type ArticleListing } from '../../lib/content/article-catalog';
import { manifest } from '../../lib/content/article-store';

/** Every version of every article, in manifest order. */
const allVersions: readonly ArticleListing[] = manifest.slugs.flatMap((slug) => articleListings(slug));

/**
 * The clouds and roles the filter offers and accepts: those that ANY version of any article lists. A value
 * only one older translation names (Germany, in zh-tw) is a real choice: the reader is then told which
 * version lists it.
 */
export const filterValues = filterValuesOf(allVersions);

/** The entry a version lists for a filter value, or undefined when it does not list it. */
export function listedEntryOf(
  version: Pick<ArticleListing, 'appliesTo' | 'roles'>,
  param: FilterParam,
  id: string,
): AppliesToEntry | undefined {
  const listed = appliesToOf(version);
  return (param === 'cloud' ? listed.clouds : listed.roles).find((entry) => entry.id === id);
}

/** Whether a version has the applies-to (cloud) or roles line at all. */
export function hasListFor(
  version: Pick<ArticleListing, 'appliesTo' | 'roles'>,
  param: FilterParam,
): boolean {
  return (param === 'cloud' ? version.appliesTo : version.roles) !== null;
}

/** The English original of a filter value, from the first version that lists it. */
export function englishOf(param: FilterParam, id: string): string | undefined {
  for (const version of allVersions) {
    const entry = listedEntryOf(version, param, id);
    if (entry) return entry.english;
  }
  return undefined;
}
