// Production build: client bundle, server bundle, then one prerendered HTML file per route.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
import { rm } from 'node:fs/promises';
import { build } from 'vite';
import { prerender } from './prerender.mjs';
import { precompress } from './precompress.mjs';
import { buildEmbedHost, keepEmbedConfigEditable } from './build-embed-host.mjs';

const outDir = process.env.OUT_DIR ?? 'dist';
// Inside the project so the server bundle resolves react-dom etc. from its node_modules.
const ssrOutDir = `node_modules/.cache/help-center-ssr-${process.pid}`;

await rm(outDir, { recursive: true, force: true });
await rm(ssrOutDir, { recursive: true, force: true });
await build({ logLevel: 'warn', build: { outDir } });
await buildEmbedHost(outDir);
await build({
  logLevel: 'warn',
  build: { outDir: ssrOutDir, ssr: 'src/app/entry-server.tsx', manifest: false, copyPublicDir: false },
});
const pages = await prerender({ outDir, ssrOutDir });
await rm(ssrOutDir, { recursive: true, force: true });
await precompress(outDir);
await keepEmbedConfigEditable(outDir);
console.log(`Built ${pages.length} prerendered pages into ${outDir}/`);
