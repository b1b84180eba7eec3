import type { LocaleId } from '../../domain/article';
import { hasArticle, loadArticle, loadedSlugsOf } from '../content/article-store';
import { loadedNamespacesOf, loadNamespace } from '../i18n/i18n';

/**
 * The downloads that give another locale the strings and articles the current locale has needed so far,
 * so that switching to it renders at once instead of waiting for the network: a few kilobytes per locale,
 * one file each. Each starts when called (and only once: the stores keep what they load).
 */
export function prefetchesFor(current: LocaleId, target: LocaleId): (() => Promise<unknown>)[] {
  return [
    ...loadedNamespacesOf(current).map((namespace) => () => loadNamespace(target, namespace)),
    ...loadedSlugsOf(current)
      .filter((slug) => hasArticle(slug, target))
      .map((slug) => () => loadArticle(slug, target)),
  ];
}

/** Starts all of `prefetchesFor` at once (for a visitor about to choose the locale). */
export function prefetchLocale(current: LocaleId, target: LocaleId): void {
  for (const prefetch of prefetchesFor(current, target)) prefetch().catch(() => undefined);
}
