// What a locale id looks like, in plain JavaScript: the Node servers (scripts/server/locales.mjs) cannot
// import TypeScript, so they, the app (./locales.ts), the embed protocol (./embed-message.ts,
// ./embed-url.ts) and the content layout all read this one definition.

/** Lowercase BCP 47-ish: a language and any subtags (`en-us`, `zh-tw`, `zh-hant-tw`). */
export const LOCALE_ID_PATTERN = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;
