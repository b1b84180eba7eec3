// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from './support/generated-corpus';
// @ts-expect-error -- plain ESM scripts shared with the bench
import { firstLoad, readManifest } from '../../scripts/bench/first-load.mjs';
// @ts-expect-error -- plain ESM scripts shared with the bench
import { htmlFileFor, ROUTES } from '../../scripts/bench/routes.mjs';
import { builtFilesUnder, readBuilt } from '../../scripts/server/built-file.mjs';

/**
 * First-load JavaScript does not grow with the number of articles. Builds 300 articles × 3
 * locales (the project's article copied into 299 more folders, in a temporary folder) and compares every
 * route's first-load JavaScript, in every locale, with the one-article build in dist/ (`npm test` builds it
 * just before). The bundles are the whole corpus's; only the pages measured here are prerendered
 * (PRERENDER_ONLY): the full build's time and memory are the bench's (`npm run bench:content`).
 */
const ARTICLES = 300;
const LOCALES = ['en-us', 'zh-cn', 'zh-tw'];
const TOLERANCE_BYTES = 1000;
const GENERATED = 'generated-article-0150';
const urls = [
  ...LOCALES.flatMap((locale) =>
    ROUTES.map((route: { url: (locale: string) => string }) => route.url(locale)),
  ),
  ...LOCALES.map((locale) => `/${locale}/articles/${GENERATED}`),
];
let root: string;
let outDir: string;

beforeAll(() => {
  const contentDir = generateCorpus(ARTICLES - 1);
  root = path.dirname(contentDir);
  outDir = path.join(root, 'dist');
  execFileSync(process.execPath, ['scripts/build.mjs'], {
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, PRERENDER_ONLY: urls.join(',') },
    stdio: 'pipe',
  });
}, 600_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const jsGzip = (dist: string, url: string, manifest: unknown) => {
  const html = htmlFileFor(dist, url);
  if (!html) throw new Error(`${dist} has no page for ${url}`);
  return firstLoad(dist, html, { manifest }).js.total.gzip as number;
};

describe(`first-load JavaScript with ${ARTICLES} articles × ${LOCALES.length} locales`, () => {
  it('built every article version', () => {
    const folders = readdirSync(path.join(outDir, 'content'));
    expect(folders).toHaveLength(ARTICLES);
    for (const folder of [folders[0], GENERATED]) {
      const files = builtFilesUnder(path.join(outDir, 'content', folder ?? ''))
        .map((file) => path.basename(file))
        .filter((file) => file.endsWith('.js'));
      expect(files.sort()).toEqual(['en-us.js', 'versions.js', 'zh-cn.js', 'zh-tw.js']);
    }
  });

  it('writes the home page’s list of every article in place, readable without JavaScript', () => {
    const html = readBuilt(htmlFileFor(outDir, '/zh-cn/'), 'utf8');
    expect(html.match(/<li class="card[ "]/g)).toHaveLength(ARTICLES);
    // React outlines a large Suspense boundary as hidden HTML plus a script that reveals it: not here.
    expect(html).not.toMatch(/<div hidden id="S:|\$RC|\$RB/);
  });

  const one = readManifest('dist');
  for (const locale of LOCALES) {
    for (const route of ROUTES as { id: string; url: (locale: string) => string }[]) {
      it(`is within 1 kB of the one-article build: ${route.id}, ${locale}`, () => {
        const url = route.url(locale);
        const single = jsGzip('dist', url, one);
        const many = jsGzip(outDir, url, readManifest(outDir));
        expect(
          Math.abs(many - single),
          `${url}: ${single} B with 1 article, ${many} B with ${ARTICLES}`,
        ).toBeLessThanOrEqual(TOLERANCE_BYTES);
      });
    }
    it(`loads as little for any other article as for the first: ${locale}`, () => {
      const manifest = readManifest(outDir);
      const first = jsGzip(
        outDir,
        ROUTES.find((route: { id: string }) => route.id === 'article').url(locale),
        manifest,
      );
      const other = jsGzip(outDir, `/${locale}/articles/${GENERATED}`, manifest);
      expect(Math.abs(other - first)).toBeLessThanOrEqual(TOLERANCE_BYTES);
    });
  }
});
