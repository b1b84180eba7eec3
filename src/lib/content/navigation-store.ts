import { use } from 'react';
import { loadNavigationModule } from 'virtual:content/navigation';
import type { LocaleId } from '../../domain/article';
import type { LocaleNavigation } from '../../domain/navigation';
import { retryOnce } from '../promise/retry-once';
import { trackSettlement } from '../promise/track-settlement';

const loaded = new Map<LocaleId, Promise<LocaleNavigation | null>>();

/**
 * One locale's table of contents and landing links, for its home page: a chunk of its own per locale, loaded
 * after the page has painted (a prerendered page keeps its server HTML until then). Null for no such locale.
 */
export function loadNavigation(locale: LocaleId): Promise<LocaleNavigation | null> {
  const existing = loaded.get(locale);
  if (existing) return existing;
  const promise = retryOnce(() => loadNavigationModule(locale)).then((module) => module?.navigation ?? null);
  loaded.set(locale, trackSettlement(promise));
  promise.catch(() => loaded.delete(locale));
  return promise;
}

export function useNavigation(locale: LocaleId): LocaleNavigation | null {
  return use(loadNavigation(locale));
}
