import { appliesToOf, type AppliesToEntry } from '../../domain/applies-to';
import type { FilterParam } from '../../domain/filter-params';
import { vocabulary } from 'virtual:content/vocabulary';
import type { ArticleListing } from '../../lib/content/article-store';

/**
 * The clouds and roles the filter offers and accepts: those that ANY version of any article lists. A value
 * only one older translation names (Germany, in zh-tw) is a real choice: the reader is then told which
 * version lists it. Options come the most listed first; a spelling merged into another (`advisors`) is an
 * alias a URL may still use.
 */
export const filterValues = {
  clouds: vocabulary.clouds,
  roles: vocabulary.roles,
  aliases: vocabulary.aliases,
};

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
  return Object.hasOwn(vocabulary.english[param], id) ? vocabulary.english[param][id] : undefined;
}

/** A filter value as the first version in `locale` listing it names it (undefined when none does). */
export function localeLabelOf(param: FilterParam, id: string, locale: string): string | undefined {
  const labels = Object.hasOwn(vocabulary.labels[param], id) ? vocabulary.labels[param][id] : undefined;
  return labels && Object.hasOwn(labels, locale) ? labels[locale] : undefined;
}
