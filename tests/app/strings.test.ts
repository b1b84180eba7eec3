/**
 * Every `locales/` folder under src/ is registered by its owner (src/app/strings.ts composes them): a feature
 * whose strings are on disk but not registered would render raw keys, and the prerender would refuse it only
 * on a page that shows them.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../src/app/strings';
import { namespaces, stringFilesOf } from '../../src/lib/i18n/i18n';

function stringFilesOnDisk(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return stringFilesOnDisk(file);
    return /\/locales\/[a-z-]+\.json$/.test(file) ? [file] : [];
  });
}

describe('registered UI strings', () => {
  const onDisk = stringFilesOnDisk();

  it('registers each owner folder under its own name', () => {
    const owners = onDisk.map((file) => {
      const owner = file.split('/').at(-3) ?? '';
      return owner === 'app' ? 'app' : owner;
    });
    expect(namespaces).toEqual([...new Set(owners)].sort());
  });

  it('serves every file on disk, in its own locale', () => {
    const locales = [...new Set(onDisk.map((file) => path.basename(file, '.json')))];
    const served = locales.flatMap((locale) =>
      stringFilesOf(locale, namespaces).filter((file) => file.endsWith(`/${locale}.json`)),
    );
    expect(served.sort()).toEqual([...onDisk].sort());
  });
});
