// @vitest-environment node
// Prerendered pages grow with the filter's values, never with their product: a page for a cloud and a role
// together is the page of the cloud alone, which the app re-renders with both.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = 'dist';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(file) : [file];
  });
}

describe('prerendered filter pages', () => {
  const queryPages = JSON.parse(readFileSync(path.join(DIST, 'query-pages.json'), 'utf8')) as Record<
    string,
    string
  >;

  it('writes no page for a cloud and a role together', () => {
    const written = filesUnder(DIST).filter((file) => file.includes(`${path.sep}__query${path.sep}`));
    expect(written.some((file) => /cloud=/.test(file))).toBe(true);
    expect(written.filter((file) => /cloud=/.test(file) && /role=/.test(file))).toEqual([]);
  });

  it('answers a cloud and a role together with the page of the cloud alone, embedded or not', () => {
    for (const locale of ['en-us', 'zh-cn', 'zh-tw']) {
      for (const embed of ['', '&embed=1&theme=dark']) {
        const combined = queryPages[`/${locale}/?cloud=germany&role=helpdesk-agent${embed}`];
        expect(combined).toBeDefined();
        expect(combined).toBe(queryPages[`/${locale}/?cloud=germany${embed}`]);
      }
    }
  });
});
