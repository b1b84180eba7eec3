import { manifest } from '../lib/content/article-store';

export const knownLocales: readonly string[] = manifest.locales.map((locale) => locale.id);

export function isKnownLocale(value: string | undefined): value is string {
  return value !== undefined && knownLocales.includes(value);
}
