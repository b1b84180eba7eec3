import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
// @ts-expect-error -- plain ESM script shared with `npm start`
import { createSiteServer, listen } from '../../../scripts/serve.mjs';
import { realSliceDir } from '../global-setup';
import { NAVIGATION_PAGES, NAVIGATION_SLICE } from '../real-slice-navigation';

/**
 * A slice of Microsoft's real corpus (the shared checkout beside the project), copied at test time in its
 * published layout, imported with `npm run content:import` and built with CONTENT_DIR. Built once per test
 * run, whichever test file needs it first (the Chromium and the Firefox checks read the same build).
 */
export const CORPUS = [
  process.env.PARTNER_CENTER_CORPUS,
  '../shared/partner-center-corpus',
  '../../shared/partner-center-corpus',
]
  .filter((candidate): candidate is string => candidate !== undefined)
  .map((candidate) => path.resolve(candidate))
  .find((candidate) => existsSync(path.join(candidate, 'zh-cn', 'partner-center')));

export const CORPUS_ABSENT =
  'The shared partner-center-corpus is absent beside the project: the real-slice tests are skipped.';

/**
 * `[locale, file in the corpus, name in the slice when it is not the same]`. Files are picked for their
 * shapes; two names are copied under the names the README of the corpus warns about (an underscore, double
 * hyphens, and a capitalized twin of a lowercase file), since this checkout of the corpus has none.
 */
export const SLICE: [string, string, string?][] = [
  ['zh-cn', 'customer-communication-from-microsoft.md'],
  ['zh-cn', 'account-structure.md'], // :::image of an absent file on its own line, a table
  ['zh-cn', 'chip-locate-agreement.md'], // > [!NOTE], centred table columns, absent images
  ['zh-cn', 'chip-faq.yml'], // YamlMime:FAQ
  ['zh-cn', 'competencies-faq.yml'], // an FAQ with notes
  ['zh-cn', 'permissions-overview.md'], // eight tables aligned `| :--- |`, notes
  ['zh-cn', 'announcements/2020-october.md'],
  ['zh-cn', 'announcements/index.md'],
  ['zh-cn', 'announcements/TOC.md'], // data
  ['zh-cn', 'azure-expert-msp.md'],
  ['zh-cn', 'azure-expert-msp.md', 'Azure-expert-msp.md'], // one page with the file above
  ['zh-cn', 'customers-revoke-admin-privileges.md', 'customers_revoke_admin_privileges.md'],
  ['zh-cn', 'non-payment-fraud-misuse.md', 'non-payment--fraud--or-misuse.md'],
  ['zh-cn', 'reset-my-pasword.md'],
  ['zh-cn', 'TOC.yml'],
  ['zh-cn', 'index.yml'],
  ['zh-cn', 'docfx.json'], // not a page
  ['zh-cn', 'breadcrumb/toc.yml'], // not a page
  ['de-de', 'customer-communication-from-microsoft.md'],
  ['de-de', 'find-a-partner.md'],
  ['de-de', 'payout-faq.yml'],
  ['de-de', 'permissions-overview.md'],
  ['de-de', 'pci-data-definitions.md'], // the longest file of the corpus (202 kB), 20 aligned tables
  ['de-de', 'announcements/2020-october.md'],
  ['de-de', 'TOC.yml'],
  ['de-de', 'index.yml'],
  ['zh-tw', 'customer-communication-from-microsoft.md'],
  ['zh-tw', 'reset-my-pasword.md'],
  ['zh-tw', 'find-a-partner.md'],
  ['zh-tw', 'announcements/2020-october.md'],
  ['zh-tw', 'account-structure.md'],
  ['zh-tw', 'TOC.yml'],
  ['zh-tw', 'index.yml'],
];

/** Every page of the slice, `[locale, slug]`: the pages the tests open (and the only ones prerendered). */
export const PAGES: [string, string][] = [
  ['zh-cn', 'customer-communication-from-microsoft'],
  ['zh-cn', 'account-structure'],
  ['zh-cn', 'chip-locate-agreement'],
  ['zh-cn', 'chip-faq'],
  ['zh-cn', 'competencies-faq'],
  ['zh-cn', 'permissions-overview'],
  ['zh-cn', 'announcements-2020-october'],
  ['zh-cn', 'announcements-index'],
  ['zh-cn', 'azure-expert-msp'],
  ['zh-cn', 'customers_revoke_admin_privileges'],
  ['zh-cn', 'non-payment--fraud--or-misuse'],
  ['zh-cn', 'reset-my-pasword'],
  ['de-de', 'customer-communication-from-microsoft'],
  ['de-de', 'find-a-partner'],
  ['de-de', 'payout-faq'],
  ['de-de', 'permissions-overview'],
  ['de-de', 'pci-data-definitions'],
  ['de-de', 'announcements-2020-october'],
  ['zh-tw', 'customer-communication-from-microsoft'],
  ['zh-tw', 'reset-my-pasword'],
  ['zh-tw', 'find-a-partner'],
  ['zh-tw', 'announcements-2020-october'],
  ['zh-tw', 'account-structure'],
];

export const urlOf = (locale: string, slug: string) => `/${locale}/articles/${slug}`;

export interface RealSlice {
  /** Where the built slice is served for this file. */
  baseUrl: string;
  /** The imported content folder (CONTENT_DIR of the build). */
  contentDir: string;
  /** What `npm run content:import` and the build printed. */
  importOutput: string;
  buildOutput: string;
}

type Outputs = Pick<RealSlice, 'importOutput' | 'buildOutput'>;

/**
 * Copies, imports and builds the slice into `root`, unless this run already did. Files run side by side:
 * the first to take the lock builds, the others wait for its outputs.
 */
async function buildOnce(root: string, corpus: string): Promise<Outputs> {
  const done = path.join(root, 'outputs.json');
  const lock = `${root}.lock`;
  for (;;) {
    if (existsSync(done)) return JSON.parse(readFileSync(done, 'utf8')) as Outputs;
    try {
      mkdirSync(lock);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return buildSlice(root, corpus, done);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function buildSlice(root: string, corpus: string, done: string): Outputs {
  rmSync(root, { recursive: true, force: true });
  const outputs = importAndBuild(
    root,
    corpus,
    [...SLICE, ...NAVIGATION_SLICE],
    [...PAGES.map(([locale, slug]) => urlOf(locale, slug)), ...NAVIGATION_PAGES],
  );
  // Written last: a build that failed half-way is redone by the next file, not served.
  writeFileSync(done, JSON.stringify(outputs));
  return outputs;
}

/**
 * Copies `[locale, file in the corpus, name in the slice]` into `root/corpus` in Microsoft's published
 * layout, imports it with `npm run content:import` into `root/content` and builds it with CONTENT_DIR into
 * `root/dist`, prerendering only `pages`.
 */
export function importAndBuild(
  root: string,
  corpus: string,
  files: readonly (readonly [string, string, string?])[],
  pages: readonly string[],
): Outputs {
  for (const [locale, file, name = file] of files) {
    const target = path.join(root, 'corpus', locale, 'partner-center', name);
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(path.join(corpus, locale, 'partner-center', file), target);
  }
  const contentDir = path.join(root, 'content');
  const importOutput = execFileSync(
    process.execPath,
    ['scripts/import-content.mjs', path.join(root, 'corpus'), contentDir],
    { encoding: 'utf8', stdio: 'pipe' },
  );
  const buildOutput = execFileSync(process.execPath, ['scripts/build.mjs'], {
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: path.join(root, 'dist'),
      PRERENDER_ONLY: pages.join(','),
    },
    encoding: 'utf8',
    stdio: 'pipe',
  });
  return { importOutput, buildOutput };
}

/**
 * The built slice, served for the calling test file: built before its tests (or read, when an earlier file
 * of this run built it), its server closed after them. Call it at the top level of a file that is skipped
 * when `CORPUS` is absent, and read the slice inside the tests.
 */
export function realSliceForThisFile(): () => RealSlice {
  let slice: RealSlice | undefined;
  let server: Server | undefined;
  beforeAll(async () => {
    const root = realSliceDir(inject('runId'));
    const outputs = await buildOnce(root, CORPUS ?? '');
    server = createSiteServer(path.join(root, 'dist')) as Server;
    const { port } = (await listen(server, 0)) as AddressInfo;
    slice = { ...outputs, baseUrl: `http://127.0.0.1:${port}`, contentDir: path.join(root, 'content') };
  }, 600_000);
  afterAll(async () => {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });
  return () => {
    if (!slice) throw new Error('realSliceForThisFile(): the slice is read outside a test');
    return slice;
  };
}
