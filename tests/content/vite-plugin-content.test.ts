import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/content/pipeline/load-content';
import { buildCatalog, buildManifest } from '../../src/content/vite-plugin-content';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const root = mkdtempSync(path.join(tmpdir(), 'content-'));
mkdirSync(path.join(root, 'widgets'));
copyFileSync(path.join(FIXTURES, 'valid/canonical.md'), path.join(root, 'widgets/zh-cn.md'));
const content = loadContentDir(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the manifest every page loads', () => {
  it('holds per version only what the shell, the article page and not-found pages use', () => {
    const manifest = buildManifest(content);
    expect(manifest.slugs).toEqual(['widgets']);
    expect(manifest.locales.map((locale) => locale.id)).toEqual(['en-us', 'zh-cn']);
    for (const locale of ['en-us', 'zh-cn']) {
      const summary = manifest.articles.widgets?.[locale];
      const article = content.articles.find((candidate) => candidate.locale === locale);
      expect(Object.keys(summary ?? {}).sort()).toEqual([
        'date',
        'heading',
        'locale',
        'slug',
        'sourceVersion',
      ]);
      expect(summary?.date).toBe(article?.date);
    }
  });
});

describe('the catalog the listing and filtering pages load', () => {
  it('holds each version’s description and applies-to lines', () => {
    const catalog = buildCatalog(content);
    for (const article of content.articles) {
      expect(catalog.details[article.slug]?.[article.locale]).toEqual({
        description: article.description,
        appliesTo: article.appliesTo,
        roles: article.roles,
      });
    }
  });
});
