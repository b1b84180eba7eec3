import type { LocaleId } from './article';
import { htmlLangOf } from './locales';

/**
 * An article version's date as its own language writes it ("July 10, 2020", "2020年7月10日"). The content
 * pipeline formats it at build time, so pages never format dates: a page's first `Intl.DateTimeFormat`
 * costs Chromium 20–40 ms, which a hydration or a locale switch would otherwise pay. Dates are calendar
 * dates without a time zone: formatted as UTC, every reader sees the same day.
 */
export function dateTextOf(isoDate: string | null, locale: LocaleId): string | null {
  if (isoDate === null) return null;
  return new Intl.DateTimeFormat(htmlLangOf(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
