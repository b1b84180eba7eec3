// The locales a build has and the messages of the pages for refused requests (scripts/server/error-messages.json).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLES_SEGMENT, DEFAULT_LOCALE, LOCALE_ID_PATTERN } from '../../src/domain/site-paths.mjs';

export const MESSAGES = JSON.parse(readFileSync(new URL('./error-messages.json', import.meta.url), 'utf8'));
export { DEFAULT_LOCALE };

/**
 * The locales the build has: its top-level folders named like a locale with a prerendered not-found page
 * (a locale added as content has one too; its refused-request pages are the default locale's until its
 * messages are translated in error-messages.json).
 */
export function buildLocales(root) {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && LOCALE_ID_PATTERN.test(entry.name))
    .filter((entry) => existsSync(path.join(root, entry.name, '404.html')))
    .map((entry) => entry.name)
    .sort();
}

/** The article slugs the build has pages for, in any locale (`<locale>/articles/<slug>/`). */
export function buildArticleSlugs(root, locales = buildLocales(root)) {
  const slugs = new Set();
  for (const locale of locales) {
    const folder = path.join(root, locale, ARTICLES_SEGMENT);
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) slugs.add(entry.name);
    }
  }
  return [...slugs].sort();
}
