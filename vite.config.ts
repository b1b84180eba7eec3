import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compileHintsPlugin } from './scripts/vite-plugin-compile-hints';
import { contentPlugin } from './src/content/vite-plugin-content';
import { searchIndexPlugin } from './src/content/vite-plugin-search-index';

export default defineConfig(({ command }) => ({
  plugins: [react(), contentPlugin(), searchIndexPlugin(), compileHintsPlugin()],
  resolve: {
    // react-router's package exports only its development build (dev warnings and checks included); the
    // production build ships in the same package. Use it for builds. react-i18next's
    // `use-sync-external-store/shim` is React's own hook since React 18.
    alias:
      command === 'build'
        ? [
            {
              find: /^react-router$/,
              replacement: fileURLToPath(
                new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
              ),
            },
            {
              find: /^use-sync-external-store\/shim$/,
              replacement: fileURLToPath(
                new URL('./src/lib/react/use-sync-external-store-shim.ts', import.meta.url),
              ),
            },
          ]
        : [],
  },
  build: {
    target: 'es2022',
    manifest: true,
    // Every browser that runs this app's ES2022 supports modulepreload: no polyfill needed.
    modulePreload: { polyfill: false },
    // Article versions and UI strings are per-locale chunks, loaded only for the locale shown.
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('virtual:content/article/')
            ? 'assets/article-[name]-[hash].js'
            : chunk.facadeModuleId?.includes('virtual:search-index/')
              ? 'assets/search-index-[name]-[hash].js'
              : 'assets/[name]-[hash].js',
        // The small pure helpers several pages share (hash, shorten, versions, sentence keys) in one chunk:
        // apart, each would be a request and a few hundred bytes of chunk wrapping on every page.
        codeSplitting: {
          groups: [
            {
              name: 'domain-shared',
              test: /\/src\/domain\/((hash|shorten|article-versions|sentence-key)\.ts|site-paths\.mjs)$/,
            },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
}));
