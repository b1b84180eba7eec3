import type { LocaleId } from '../../domain/article';
import { matchRoute, withLocale } from '../../domain/routes';
import { prefetchLocale } from '../../lib/locale/prefetch-locale';
import { warmUpPages } from '../../lib/locale/warm-up-page';
import { markSettled } from '../../lib/scheduling/settled-mark';
import { isKnownLocale, knownLocales } from '../known-locales';
import { rehearseLocaleSwitch } from './rehearse-locale-switch';

/** Pages whose switch has been rehearsed: the engine stays warm, so each is rehearsed once per visit. */
const rehearsed = new Set<string>();

/**
 * Prepares a switch from the page at `pathname` + `search` to its other locales, so that it renders at
 * once, then marks the page settled:
 * 1. fetches their strings and articles (a few kilobytes each; prefetch-locale.ts),
 * 2. lays out their prerendered text offscreen, so the browser knows their glyphs (warm-up-page.ts),
 * 3. rehearses a switch in a hidden copy of the app, so the engine knows the code
 *    (rehearse-locale-switch.tsx).
 */
export async function prepareLocaleSwitch(pathname: string, search: string, signal: AbortSignal) {
  const page = pathname + search;
  const locale = localeOf(pathname);
  if (locale) {
    const others = knownLocales.filter((other) => other !== locale);
    others.forEach((other) => prefetchLocale(locale, other));
    // With the query: a wizard outcome or a filtered list has text of its own (prerendered too).
    const pages = others.map((other) => withLocale(pathname, other) + search);
    await warmUpPages(pages, signal);
    const [first] = pages;
    if (first && !rehearsed.has(page) && !signal.aborted) {
      if (await rehearseLocaleSwitch([first, page], signal)) rehearsed.add(page);
    }
  }
  if (!signal.aborted) markSettled(page);
}

/** The locale of a page in a locale we have; null for the root and for unknown locales. */
function localeOf(pathname: string): LocaleId | null {
  const route = matchRoute(pathname);
  return route.kind !== 'root' && isKnownLocale(route.locale) ? route.locale : null;
}
