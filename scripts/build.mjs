// Production build: client bundle, server bundle, then one prerendered HTML file per route.
// Everything is built into a fresh folder beside the output and swapped in only once the build succeeded,
// so a failed build (content problems under CONTENT_STRICT=1, say) leaves the last good site in place.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
// Always the production build: run from a test (NODE_ENV=test), Vite would otherwise bundle React's
// development build (62 kB gzip more on every page, found by tests/e2e/content-scale.test.ts).
process.env.NODE_ENV = 'production';
import './heap-limit.mjs';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import { prerender } from './prerender.mjs';
import { precompress } from './precompress.mjs';
import { createProgress } from './progress.mjs';
import { buildEmbedHost, keepEmbedConfigEditable } from './build-embed-host.mjs';

const outDir = process.env.OUT_DIR ?? 'dist';
const buildDir = `${outDir}.building-${process.pid}`;
const previousDir = `${outDir}.previous-${process.pid}`;
// Inside the project so the server bundle resolves react-dom etc. from its node_modules.
const ssrOutDir = `node_modules/.cache/help-center-ssr-${process.pid}`;

const exists = (dir) =>
  stat(dir).then(
    () => true,
    () => false,
  );

// Progress on a terminal, plain lines in a log (scripts/progress.mjs); seconds and the peak memory so far
// per phase, printed at the end (the content bench reads them: scripts/bench/content-scale.mjs).
const progress = createProgress();
const phases = [];
const timed = async (name, work, { total = null, unit = '' } = {}) => {
  const phase = progress.phase(name, { total, unit });
  let result;
  try {
    result = await work(phase);
  } catch (error) {
    phase.fail();
    throw error;
  }
  const seconds = phase.end();
  // maxRSS only grows: the phase that raised it is the one whose figure first shows the peak.
  const peak = process.resourceUsage().maxRSS / 1024;
  phases.push(`${name} ${seconds.toFixed(1)} s ${peak.toFixed(0)} MB`);
  return result;
};
// Tests that measure the bundle of a large corpus prerender only the pages they read (comma-separated
// URLs); the bench builds everything.
const only = process.env.PRERENDER_ONLY ? new Set(process.env.PRERENDER_ONLY.split(',')) : null;

try {
  await rm(ssrOutDir, { recursive: true, force: true });
  await timed('client', async () => {
    await build({ logLevel: 'warn', build: { outDir: buildDir, emptyOutDir: true } });
    await buildEmbedHost(buildDir);
  });
  await timed('server', () =>
    build({
      logLevel: 'warn',
      build: { outDir: ssrOutDir, ssr: 'src/app/entry-server.tsx', manifest: false, copyPublicDir: false },
    }),
  );
  const pages = await prerender({ outDir: buildDir, ssrOutDir, only, timed });
  await precompress(buildDir, { timed });
  await keepEmbedConfigEditable(buildDir);
  // The content plugin printed its report once (docs/content.md); it is also kept beside the output.
  const report = globalThis[Symbol.for('help-center-content-report')];
  if (report)
    await writeFile(path.join(path.dirname(path.resolve(outDir)), 'content-report.txt'), `${report.text}\n`);
  // Two renames: the output folder is missing only between them, never half-written.
  const hadOutput = await exists(outDir);
  if (hadOutput) await rename(outDir, previousDir);
  await rename(buildDir, outDir);
  if (hadOutput) await rm(previousDir, { recursive: true, force: true });
  console.log(`Built ${pages.length} prerendered pages into ${outDir}/ (${phases.join(', ')})`);
  if (report) console.log(`Content: ${report.summary}`);
} catch (error) {
  console.error(`Build failed; ${outDir}/ keeps the last good build.`);
  throw error;
} finally {
  await rm(buildDir, { recursive: true, force: true });
  await rm(ssrOutDir, { recursive: true, force: true });
}
