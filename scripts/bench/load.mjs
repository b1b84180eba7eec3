// `npm run bench:load` (not a test): the production server under load. Starts `npm start`'s server
// (scripts/serve.mjs) on a free loopback port in its own process; autocannon then sends it 100 connections
// for 20 s per URL (the article's HTML and the largest asset, brotli accepted, as a browser asks) and the
// table shows requests/s, p50/p99 latency, errors and the server's resident memory. Writes .bench/load.json.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { ROUTES } from './routes.mjs';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    connections: { type: 'string', default: '100' },
    duration: { type: 'string', default: '20' },
  },
});
const dist = path.resolve(values.dist);
if (!existsSync(path.join(dist, 'index.html')))
  throw new Error(`No build in ${dist}: run "npm run build" first.`);

const server = spawn(process.execPath, ['scripts/serve.mjs'], {
  env: { ...process.env, PORT: '0', DIST_DIR: dist },
  stdio: ['ignore', 'pipe', 'inherit'],
});
process.on('exit', () => server.kill());
const base = await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => {
    const url = /Help center: (http:\/\/\S+)\//.exec(String(chunk))?.[1];
    if (url) resolve(url);
  });
  server.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
});
/** The server's resident memory in MB, from /proc (Linux). */
const rss = () =>
  Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))[1]) / 1024);

const assets = readdirSync(path.join(dist, 'assets')).filter((name) => !/\.(br|gz)$/.test(name));
const sizeOf = (name) => statSync(path.join(dist, 'assets', name)).size;
const largest = assets.reduce((a, b) => (sizeOf(a) >= sizeOf(b) ? a : b));
const targets = [
  ['article HTML', ROUTES.find((route) => route.id === 'article').url('en-us')],
  ['largest asset', `/assets/${largest}`],
];
const results = [];
for (const [label, url] of targets) {
  const rssBefore = rss();
  const result = await autocannon({
    url: base + url,
    connections: Number(values.connections),
    duration: Number(values.duration),
    headers: { 'accept-encoding': 'br, gzip' },
  });
  results.push({
    label,
    url,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    rss: `${rssBefore} → ${rss()} MB`,
  });
}
server.kill();

mkdirSync('.bench', { recursive: true });
const report = {
  date: new Date().toISOString(),
  connections: values.connections,
  seconds: values.duration,
  results,
};
writeFileSync('.bench/load.json', `${JSON.stringify(report, null, 1)}\n`);
console.log(
  `Load: ${values.connections} connections × ${values.duration} s per URL, loopback, brotli accepted\n`,
);
console.log(
  '| URL | requests/s | p50 | p99 | errors | server RSS before → after |\n|---|---:|---:|---:|---:|---|',
);
for (const row of results) {
  console.log(
    `| ${row.label} (\`${row.url}\`) | ${row.requestsPerSecond} | ${row.p50} ms | ${row.p99} ms | ${row.errors} | ${row.rss} |`,
  );
}
if (results.some((row) => row.errors > 0)) process.exitCode = 1;
