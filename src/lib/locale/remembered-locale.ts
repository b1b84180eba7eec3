import type { LocaleId } from '../../domain/article';

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
