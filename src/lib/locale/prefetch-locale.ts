import type { LocaleId } from '../../domain/article';
import { hasArticle, loadArticle, loadedSlugsOf } from '../content/article-store';
import { loadedNamespacesOf, loadLocaleStrings } from '../i18n/i18n';

/**
 * Loads, for another locale, the strings and articles the current locale has needed so far, so that
 * switching to it renders at once instead of waiting for the network. A few kilobytes per locale.
 */
export function prefetchLocale(current: LocaleId, target: LocaleId): void {
  void loadLocaleStrings(target, loadedNamespacesOf(current)).catch(() => undefined);
  for (const slug of loadedSlugsOf(current)) {
    if (hasArticle(slug, target)) loadArticle(slug, target).catch(() => undefined);
  }
}
