import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentPlugin } from './src/content/vite-plugin-content';
import { searchIndexPlugin } from './src/content/vite-plugin-search-index';

/**
 * Files run this many at a time, in every project: one number, since a run of several projects (`npm test`
 * runs them all) shares one pool of workers. One more than the cores: the end-to-end files mostly wait on
 * a browser or a build, and the unit files fill the cores they leave idle.
 */
const WORKERS = availableParallelism() + 1;

export default defineConfig({
  test: {
    maxWorkers: WORKERS,
    // Beside the browsers (in `npm test`), a unit test that takes 3 s alone (ESLint's) took 7: not the
    // default 5 s.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Pure functions and scripts: one module graph per worker, not per file (52 → 22–26 CPU-s).
          isolate: false,
          include: [
            'tests/domain/**/*.test.ts',
            'tests/content/**/*.test.ts',
            'tests/scripts/budgets.test.ts',
            'tests/scripts/progress.test.ts',
            'tests/scripts/comments-say-why.test.ts',
            'tests/scripts/eslint-zones.test.ts',
            'tests/scripts/node-runtime.test.ts',
            'tests/scripts/heap-limit.test.ts',
            'tests/server/**/*.test.ts',
            'tests/docs/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        plugins: [react(), contentPlugin(), searchIndexPlugin()],
        test: {
          name: 'components',
          environment: 'jsdom',
          // One jsdom per worker, not per file (61 → 11–18 CPU-s); tests/setup-dom.ts gives each file fresh
          // modules and a blank document.
          isolate: false,
          include: [
            'tests/features/**/*.test.tsx',
            'tests/app/**/*.test.{ts,tsx}',
            'tests/lib/**/*.test.{ts,tsx}',
          ],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          // One module graph per worker (Playwright, Puppeteer, axe and the servers' code loaded once, not
          // per file): each file still gets its own browser, servers and builds.
          isolate: false,
          include: [
            'tests/e2e/**/*.test.ts',
            'tests/scripts/bundle-budget.test.ts',
            'tests/scripts/build.test.ts',
          ],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // The files are independent: each build goes to a folder of its own, servers take free ports.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A poll ends as soon as its condition holds; a loaded machine needs more than the default second.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
