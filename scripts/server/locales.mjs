// The locales a build has and the messages of the pages for refused requests (scripts/server/error-messages.json).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const MESSAGES = JSON.parse(readFileSync(new URL('./error-messages.json', import.meta.url), 'utf8'));
export const DEFAULT_LOCALE = 'en-us';

/** The locales the build has: those with a prerendered not-found page and refused-request messages. */
export function buildLocales(root) {
  return Object.keys(MESSAGES).filter((locale) => existsSync(path.join(root, locale, '404.html')));
}
