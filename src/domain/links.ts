import type { LocaleId } from './article';
import { htmlLangOf } from './locales';

export type ResolvedLink =
  /** Another article of this help center: stays in the app. */
  | { kind: 'internal'; slug: string; hash: string }
  /** A fragment on the same page. */
  | { kind: 'fragment'; id: string }
  /** An e-mail address or phone number (`mailto:`, `tel:`): opens the reader's mail or phone app. */
  | { kind: 'contact'; url: string }
  /** Anywhere else: opens in a new tab. */
  | { kind: 'external'; url: string }
  /** Nothing safe to link to (`javascript:`, malformed): render the text only. */
  | { kind: 'none' };

/** Where the Partner Center sources live on Microsoft Learn; relative `x.md` links resolve against it. */
const LEARN_BASE = 'https://learn.microsoft.com';
const SOURCE_FOLDER = 'partner-center';
const SAFE_PROTOCOLS = new Set(['https:', 'http:', 'mailto:', 'tel:']);
const CONTACT_PROTOCOLS = new Set(['mailto:', 'tel:']);

/**
 * Resolves a link as written in a source article: `x.md` is an article of the same repository (ours when
 * we have it, Microsoft Learn's in the same locale otherwise), `/azure/…` is site-relative on Learn.
 */
export function resolveArticleLink(
  href: string,
  context: { locale: LocaleId; knownSlugs: readonly string[] },
): ResolvedLink {
  const trimmed = href.trim();
  if (trimmed.startsWith('#'))
    return trimmed.length > 1 ? { kind: 'fragment', id: trimmed.slice(1) } : { kind: 'none' };
  const learnLocale = htmlLangOf(context.locale).toLowerCase();
  let url: URL;
  try {
    url = new URL(trimmed, `${LEARN_BASE}/${learnLocale}/${SOURCE_FOLDER}/`);
  } catch {
    return { kind: 'none' };
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return { kind: 'none' };
  if (CONTACT_PROTOCOLS.has(url.protocol)) return { kind: 'contact', url: url.href };
  const isRelative = !/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !trimmed.startsWith('//');
  if (isRelative && url.pathname.endsWith('.md')) {
    const slug = url.pathname.slice(url.pathname.lastIndexOf('/') + 1, -'.md'.length);
    if (!trimmed.startsWith('/') && context.knownSlugs.includes(slug)) {
      return { kind: 'internal', slug, hash: url.hash };
    }
    url.pathname = url.pathname.slice(0, -'.md'.length);
  } else if (isRelative && trimmed.startsWith('/')) {
    url.pathname = `/${learnLocale}${url.pathname}`;
  }
  return { kind: 'external', url: url.toString() };
}
