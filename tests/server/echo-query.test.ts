// The server's half of the no-JavaScript results page: the query written into the page's marked
// paragraph, as text, and that paragraph shown.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-expect-error -- plain ESM script shared by the servers
import { echoQuery } from '../../scripts/server/echo-query.mjs';

const root = mkdtempSync(path.join(tmpdir(), 'echo-query-'));
const page = (body: string) => `<!doctype html><main>${body}</main>`;
const MARKED = '<noscript><p hidden="" data-echo="q">You searched for: <q></q></p></noscript>';
writeFileSync(path.join(root, 'search.html'), page(MARKED));
writeFileSync(path.join(root, 'other.html'), page('<p>Nothing marked</p>'));

const echo = (relative: string, search: string): string | null =>
  (echoQuery(root, relative, search) as Buffer | null)?.toString() ?? null;

describe('echoQuery', () => {
  test('writes the query in as text and shows the paragraph', () => {
    expect(echo('search.html', `?q=${encodeURIComponent('<img src=x onerror="alert(1)"> & 帳單')}`)).toBe(
      page(
        '<noscript><p data-echo="q">You searched for: <q>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; 帳單</q></p></noscript>',
      ),
    );
  });

  test('cuts the query at 200 characters, never inside a character', () => {
    const written = echo('search.html', `?q=${encodeURIComponent('𠀋'.repeat(250))}`);
    expect(written).toContain(`<q>${'𠀋'.repeat(200)}</q>`);
  });

  test('leaves the page as built without a query, or with a blank one, or without a mark', () => {
    expect(echo('search.html', '?other=1')).toBeNull();
    expect(echo('search.html', '?q=%20%20')).toBeNull();
    expect(echo('other.html', '?q=billing')).toBeNull();
    expect(echo('script.js', '?q=billing')).toBeNull();
  });
});
