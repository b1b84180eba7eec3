// `npm run bench:load` (not a test): `npm start`'s server in its own process on a free loopback port, and
// autocannon's 100 connections for 20 s per URL (the article's HTML, the largest asset; brotli accepted, as a
// browser asks): requests/s, p50/p99 latency, errors and the server's resident memory.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
const connections = Number(values.connections);
const duration = Number(values.duration);
const load = { connections, duration, headers: { 'accept-encoding': 'br, gzip' } };
console.log(`Load: ${connections} connections × ${duration} s per URL, loopback, brotli accepted\n`);
console.log('| URL | requests/s | p50 | p99 | errors | server RSS before → after |');
console.log('|---|---:|---:|---:|---:|---|');
for (const [label, url] of targets) {
  const before = rss();
  const { errors, timeouts, non2xx, requests, latency } = await autocannon({ ...load, url: base + url });
  const failed = errors + timeouts + non2xx;
  if (failed) process.exitCode = 1;
  const figures = `${Math.round(requests.average)} | ${latency.p50} ms | ${latency.p99} ms | ${failed}`;
  console.log(`| ${label} (\`${url}\`) | ${figures} | ${before} → ${rss()} MB |`);
}
server.kill();
