import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalog, buildIndex, buildManifest, buildVocabulary } from '../../src/content/content-modules';
import { loadContentDir } from '../../src/content/pipeline/load-content';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const root = mkdtempSync(path.join(tmpdir(), 'content-'));
mkdirSync(path.join(root, 'widgets'));
copyFileSync(path.join(FIXTURES, 'valid/canonical.md'), path.join(root, 'widgets/zh-cn.md'));
mkdirSync(path.join(root, 'plain-widgets'));
copyFileSync(path.join(FIXTURES, 'valid/plain-translated.md'), path.join(root, 'plain-widgets/de-de.md'));
const content = loadContentDir(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the manifest every page loads', () => {
  it('names no article: only the locales any article has', () => {
    const manifest = buildManifest(content);
    expect(Object.keys(manifest)).toEqual(['locales']);
    expect(manifest.locales.map((locale) => locale.id)).toEqual(['en-us', 'de-de', 'zh-cn']);
    expect(JSON.stringify(manifest)).not.toContain('widgets');
  });

  it('names each listed cloud by its English original and by the first version in each locale', () => {
    const catalog = buildCatalog(content);
    const vocabulary = buildVocabulary(catalog);
    for (const version of catalog.listings.widgets ?? []) {
      for (const value of version.appliesTo?.values ?? []) {
        const id = vocabulary.clouds.find((cloud) => vocabulary.english.cloud[cloud] === value.english);
        expect(id, value.english).toBeDefined();
        expect(vocabulary.labels.cloud[id ?? '']?.[version.locale]).toBe(value.text);
      }
    }
  });
});

describe('one article’s index', () => {
  it('lists the versions that exist, in locale order, with their headings, dates and applies-to lines', () => {
    const index = buildIndex(content, buildCatalog(content), 'widgets');
    expect(index.versions.map((version) => version.locale)).toEqual(['en-us', 'zh-cn']);
    for (const version of index.versions) {
      const article = content.articles.find(
        (candidate) => candidate.slug === 'widgets' && candidate.locale === version.locale,
      );
      expect(version).toMatchObject({
        heading: expect.any(String),
        date: article?.date,
        appliesTo: article?.appliesTo,
        roles: article?.roles,
      });
    }
    expect(buildIndex(content, buildCatalog(content), 'plain-widgets').versions).toHaveLength(1);
  });
});
