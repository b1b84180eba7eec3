// The host script portals include (public/embed.d.ts, docs/embedding.md): src/embed-host/embed.ts as one
// dependency-free IIFE, dist/embed.js. Built on its own, without the app's config and plugins.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';

export async function buildEmbedHost(outDir) {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2020',
      minify: true,
      lib: {
        entry: 'src/embed-host/embed.ts',
        formats: ['iife'],
        name: 'HelpCenterEmbed',
        fileName: () => 'embed.js',
      },
    },
  });
}

/**
 * The deployer edits embed-config.json in place without rebuilding: compressed copies would be served
 * instead of the edited file, so it has none.
 */
export async function keepEmbedConfigEditable(outDir) {
  for (const suffix of ['.gz', '.br'])
    await rm(path.join(outDir, `embed-config.json${suffix}`), { force: true });
}
