import { use } from 'react';
import type { ArticleListing, ContentCatalog } from '../../content/content-manifest';

export type { ArticleListing };
import { trackSettlement } from '../promise/track-settlement';
import { retryOnce } from '../promise/retry-once';

let catalog: Promise<ContentCatalog> | null = null;

/**
 * Every article's listings, for the pages that list every article (home, not-found). Its own lazy chunk,
 * grown with the number of articles: no page's first load waits for it. Prerendered pages have the lists in
 * their HTML, which stays as it is (React leaves a suspended boundary's server HTML in place) until it loads.
 */
export function loadCatalog(): Promise<ContentCatalog> {
  if (catalog) return catalog;
  const promise = retryOnce(() => import('virtual:content/catalog')).then((module) => module.catalog);
  catalog = trackSettlement(promise);
  promise.catch(() => {
    catalog = null;
  });
  return catalog;
}

export function useCatalog(): ContentCatalog {
  return use(loadCatalog());
}
