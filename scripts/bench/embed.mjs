// Bench of the embedded help center (not a test): on a host page of another origin, the time
// from `HelpCenter.mount()` to the frame's `ready` and to its first `resize`, for the embedded wizard, at
// normal CPU on loopback; and the bytes of embed.js. Uses an existing build: `npm run build` first.
//   node scripts/bench/embed.mjs [--dist=dist] [--samples=7]
/* global window -- in page.waitForFunction, which runs in the host page */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createPortalServer } from '../../examples/portal/serve.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.mjs';
import { createSiteServer, listen } from '../serve.mjs';

const BUDGET_MS = 500;
const HOST_ORIGIN = 'http://127.0.0.1:4190';
const arg = (name, fallback) =>
  process.argv.find((value) => value.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const dist = arg('dist', 'dist');
const samples = Number(arg('samples', '7'));

const script = readFileSync(path.join(dist, 'embed.js'));
const bytes = {
  raw: script.length,
  gzip: gzipSync(script, { level: 9 }).length,
  brotli: brotliCompressSync(script).length,
};

// A copy of the build whose allowlist names the host page's origin, served as `npm start` does.
const root = mkdtempSync(path.join(tmpdir(), 'help-center-embed-bench-'));
cpSync(dist, root, { recursive: true });
writeFileSync(path.join(root, 'embed-config.json'), JSON.stringify({ allowedHostOrigins: [HOST_ORIGIN] }));
for (const suffix of ['.gz', '.br']) rmSync(path.join(root, `embed-config.json${suffix}`), { force: true });
const site = createSiteServer(root);
const { port } = await listen(site, 0);
const portal = createPortalServer();
await listen(portal, 4190);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_FLAGS,
  headless: true,
});

const helpCenter = `http://127.0.0.1:${port}`;
const ready = [];
const resize = [];
try {
  for (let sample = 0; sample < samples; sample += 1) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${HOST_ORIGIN}/?${new URLSearchParams({ helpCenter, page: 'wizard' })}`);
    const times = await page.waitForFunction(() => {
      const events = window.helpCenterEvents ?? [];
      const at = (type) => events.find((event) => event.type === type)?.at;
      return at('ready') && at('resize')
        ? { ready: at('ready') - window.mountedAt, resize: at('resize') - window.mountedAt }
        : null;
    });
    const { ready: toReady, resize: toResize } = await times.jsonValue();
    ready.push(toReady);
    resize.push(toResize);
    await context.close();
  }
} finally {
  await browser.close();
  await new Promise((resolve) => site.close(resolve));
  await new Promise((resolve) => portal.close(resolve));
  rmSync(root, { recursive: true, force: true });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const row = (name, values) => {
  const mid = median(values);
  const mark = mid <= BUDGET_MS ? '✓' : '✗';
  return `| ${name} | ${mid.toFixed(0)} ms | ${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms | ≤ ${BUDGET_MS} ms ${mark} |`;
};
console.log(
  `Embedded wizard, host page on ${HOST_ORIGIN}, help center on ${helpCenter}, ${samples} samples:\n`,
);
console.log('| from mount() to | median | range | budget |\n|---|---|---|---|');
console.log(row('ready', ready));
console.log(row('first resize', resize));
console.log(`\nembed.js: ${bytes.raw} B raw, ${bytes.gzip} B gzip (budget 3000), ${bytes.brotli} B brotli`);
if (median(ready) > BUDGET_MS || median(resize) > BUDGET_MS || bytes.gzip > 3000) process.exitCode = 1;
