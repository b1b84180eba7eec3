import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

/** A build of the project's articles plus the fixtures of one test variant: its content and output folders. */
export interface SharedBuild {
  contentDir: string;
  outDir: string;
}

/**
 * Builds the site from a copy of `src/content/articles` with `addContent` applied, once per test run: the
 * first test file that asks for `name` builds it, the others (in other workers) wait for that build. A
 * build takes tens of seconds, so the files that test the same content share it. The run's folder is
 * removed by the global setup's teardown.
 */
export async function sharedBuild(
  name: string,
  addContent: (contentDir: string) => void,
): Promise<SharedBuild> {
  const dir = path.join(inject('runDir'), name);
  const build = { contentDir: path.join(dir, 'articles'), outDir: path.join(dir, 'dist') };
  const done = path.join(dir, 'done');
  const failed = path.join(dir, 'failed');
  let mine = true;
  try {
    // Creating the folder is the lock: only one file gets to.
    mkdirSync(dir, { recursive: false });
  } catch {
    mine = false;
  }
  if (mine) {
    try {
      cpSync('src/content/articles', build.contentDir, { recursive: true });
      addContent(build.contentDir);
      execFileSync(process.execPath, ['scripts/build.mjs'], {
        env: { ...process.env, CONTENT_DIR: build.contentDir, OUT_DIR: build.outDir },
        stdio: 'pipe',
      });
      writeFileSync(done, '');
    } catch (error) {
      writeFileSync(failed, String(error));
      throw error;
    }
    return build;
  }
  // Another file builds it: wait until it is done (the caller's hook timeout bounds the wait).
  while (!existsSync(done)) {
    if (existsSync(failed)) throw new Error(`The ${name} build failed: ${readFileSync(failed, 'utf8')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return build;
}

/** Both the partial-locales and the missing-versions tests read this content. */
export const WIDGETS = (contentDir: string) => {
  // A cs-cz-only article in a folder with capitals, and a folder holding only a plain (span-less) translation.
  mkdirSync(path.join(contentDir, 'Widget-Guidelines'));
  cpSync('tests/content/fixtures/valid/canonical.md', path.join(contentDir, 'Widget-Guidelines/cs-cz.md'));
  mkdirSync(path.join(contentDir, 'plain-widgets'));
  cpSync('tests/content/fixtures/valid/plain-translated.md', path.join(contentDir, 'plain-widgets/de-de.md'));
};
