// What the site's URLs and content layout are made of, in plain JavaScript: the Node servers and build
// scripts cannot import TypeScript, so they, the app (./locales.ts, ./routes.ts), the embed protocol
// (./embed-message.ts, ./embed-url.ts) and the content layout all read this one definition.

/** Lowercase BCP 47-ish: a language and any subtags (`en-us`, `zh-tw`, `zh-hant-tw`). */
export const LOCALE_ID_PATTERN = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;

/** The locale every article has (generated from the English originals) and the UI falls back to. */
export const DEFAULT_LOCALE = 'en-us';

/** The path segment of article pages: `/<locale>/articles/<slug>`. */
export const ARTICLES_SEGMENT = 'articles';
