/**
 * The names and values of embed mode's parameters (docs/embedding.md). A module of their own so that the
 * host script (src/embed-host/embed.ts), which writes them, does not bring the URL parser with it.
 */
export const EMBED_PARAM = 'embed';
export const THEME_PARAM = 'theme';
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
