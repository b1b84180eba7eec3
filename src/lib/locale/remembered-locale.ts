import type { LocaleId } from '../../domain/article';
import { whenIdle } from '../scheduling/when-idle';

const STORAGE_KEY = 'help-center.locale';

/** The locale the visitor chose last time, if the browser lets us store it. */
export function rememberedLocale(): LocaleId | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    // Storage can be disabled (privacy settings, sandboxed frames): the URL alone then carries the choice.
    return null;
  }
}

export function rememberLocale(locale: LocaleId): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // See above: not remembering is fine, the choice is in the URL.
  }
}

let pending: LocaleId | null = null;

/**
 * Remembers a choice without holding up the switch it was made with: a page's first storage write can
 * take several milliseconds (the browser opens the storage then), so it waits until the browser is idle,
 * or until the page is left, whichever comes first. The last of several quick choices wins.
 */
export function rememberLocaleSoon(locale: LocaleId): void {
  const scheduled = pending !== null;
  pending = locale;
  if (scheduled) return;
  const flush = () => {
    removeEventListener('pagehide', flush);
    if (pending === null) return;
    rememberLocale(pending);
    pending = null;
  };
  addEventListener('pagehide', flush);
  whenIdle(flush, 500);
}
