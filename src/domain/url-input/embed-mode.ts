import type { EmbedMode } from '../embed-url';
import { parseUrlInput } from './parse';

/** Whether a URL's query asks for embed mode, and in which theme (the theme counts only when embedded). */
export function embedModeOf(search: string): EmbedMode {
  // `*`: embed mode's parameters are read on every page, whatever the route.
  const { params } = parseUrlInput('*', { search });
  const embedded = params.embed === '1';
  const theme = params.theme === 'light' || params.theme === 'dark' ? params.theme : null;
  return { embedded, theme: embedded ? theme : null };
}
