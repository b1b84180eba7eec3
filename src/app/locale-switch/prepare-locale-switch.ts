import type { LocaleId } from '../../domain/article';
import { htmlLangOf } from '../../domain/locales';
import { withLocale } from '../../domain/routes';
import { loadedNamespacesOf } from '../../lib/i18n/i18n';
import { prefetchesFor } from '../../lib/locale/prefetch-locale';
import { savesData, warmUpText } from '../../lib/locale/warm-up-text';
import { idle } from '../../lib/scheduling/idle';
import { markSettled } from '../../lib/scheduling/settled-mark';
import { localeInPath, preloadRoute } from '../boot';
import { knownLocales } from '../known-locales';
import { openRehearsal } from './rehearse-locale-switch';

/**
 * Fetches the strings and articles the page at `pathname` has needed, in each of its other locales (a few
 * kilobytes each; prefetch-locale.ts), each file from an idle moment of its own (starting a download
 * takes the main thread a few milliseconds): a switch then waits for nothing from the network.
 */
export async function fetchOtherLocales(pathname: string, signal: AbortSignal) {
  const locale = localeToPrepare(pathname);
  if (!locale) return;
  for (const other of otherLocalesThan(locale)) {
    for (const prefetch of prefetchesFor(locale, other)) {
      await idle(signal);
      prefetch().catch(() => undefined);
    }
  }
}

/**
 * Prepares a switch from the page at `pathname` + `search` to each of its other locales, so that it
 * renders at once, then marks the page settled. For each other locale, in idle moments of their own (so
 * that none makes a long task):
 * 1. fetches the page's code, strings and articles in it (a few kilobytes; boot.ts),
 * 2. renders the page in it, in a hidden copy of the app outside the document (rehearse-locale-switch),
 *    so the engine knows the code a switch runs,
 * 3. lays that copy's text out offscreen, so the browser knows its glyphs (warm-up-text.ts);
 * then switches the copy back to this page's own locale. Visitors who asked to save data get none of it.
 */
export async function prepareLocaleSwitch(pathname: string, search: string, signal: AbortSignal) {
  const page = pathname + search;
  const locale = localeToPrepare(pathname);
  const prepared: string[] = [];
  if (locale) {
    const rehearsal = openRehearsal();
    try {
      for (const other of otherLocalesThan(locale)) {
        const otherPathname = withLocale(pathname, other);
        const url = otherPathname + search;
        await idle(signal);
        // What the page renders with, in that locale, so the copy renders it whole, in one go: its code,
        // articles and the strings this page has used (no more: a switch would then wait for those).
        await preloadRoute({ pathname: otherPathname, search }, other, loadedNamespacesOf(locale));
        await idle(signal);
        if (!(await rehearsal.show(url, signal))) break;
        await warmUpText(rehearsal.container, htmlLangOf(other), signal);
        prepared.push(url);
      }
      // And back, so the code runs once more the way the real switch will: from this page's text.
      if (prepared.length > 0) {
        await idle(signal);
        await rehearsal.show(page, signal);
      }
    } finally {
      rehearsal.close();
    }
  }
  if (!signal.aborted) markSettled(page, prepared);
}

/** The locale of the page at `pathname` when there is a switch from it to prepare, else null. */
function localeToPrepare(pathname: string): LocaleId | null {
  return savesData() ? null : localeInPath(pathname);
}

const otherLocalesThan = (locale: LocaleId) => knownLocales.filter((other) => other !== locale);
