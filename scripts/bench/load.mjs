// `npm run bench:load`: the production server under load (not a test). Starts `npm start`'s server
// (scripts/serve.mjs) on a free loopback port in its own process, then autocannon sends it 100 connections
// for 20 s per URL — the article's HTML and the largest asset, as a browser asks (brotli accepted) —
// and reports requests/s, p50/p99 latency, errors and the server's resident memory before and after.
// Writes .bench/load.json.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { ROUTES } from './routes.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    connections: { type: 'string', default: '100' },
    duration: { type: 'string', default: '20' },
  },
});
const dist = path.resolve(values.dist);
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`No build in ${dist}: run "npm run build" first.`);
  process.exit(1);
}

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resident memory of a process, from /proc (Linux). */
const rssMB = (pid) => {
  const kB = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return Math.round((kB / 1024) * 10) / 10;
};

function largestAsset() {
  const dir = path.join(dist, 'assets');
  const [largest] = readdirSync(dir)
    .filter((name) => !/\.(br|gz)$/.test(name))
    .map((name) => ({ name, size: statSync(path.join(dir, name)).size }))
    .sort((a, b) => b.size - a.size);
  return `/assets/${largest.name}`;
}

const port = await freePort();
const server = spawn(process.execPath, [path.join(ROOT, 'scripts/serve.mjs')], {
  env: { ...process.env, PORT: String(port), DIST_DIR: dist },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const stopServer = () => server.exitCode === null && server.kill('SIGTERM');
process.on('exit', stopServer);
await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => String(chunk).includes('Help center:') && resolve());
  server.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
});

const base = `http://127.0.0.1:${port}`;
const targets = [
  { label: 'article HTML', url: ROUTES.find((route) => route.id === 'article').url('en-us') },
  { label: 'largest asset', url: largestAsset() },
];
const results = [];
const rssStart = rssMB(server.pid);
for (const target of targets) {
  const before = rssMB(server.pid);
  const result = await autocannon({
    url: base + target.url,
    connections: Number(values.connections),
    duration: Number(values.duration),
    headers: { 'accept-encoding': 'br, gzip' },
  });
  results.push({
    ...target,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50ms: result.latency.p50,
    latencyP99ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    throughputMBps: Math.round((result.throughput.average / 1e6) * 10) / 10,
    rssBeforeMB: before,
    rssAfterMB: rssMB(server.pid),
  });
}
stopServer();

const report = {
  date: new Date().toISOString(),
  connections: Number(values.connections),
  durationSeconds: Number(values.duration),
  serverRssStartMB: rssStart,
  results,
};
mkdirSync(path.join(ROOT, '.bench'), { recursive: true });
writeFileSync(path.join(ROOT, '.bench/load.json'), `${JSON.stringify(report, null, 1)}\n`);
console.log(
  `Load: ${report.connections} connections × ${report.durationSeconds} s per URL, loopback, brotli accepted\n`,
);
console.log('| URL | requests/s | p50 | p99 | errors | server RSS before → after |');
console.log('|---|---:|---:|---:|---:|---|');
for (const row of results) {
  console.log(
    `| ${row.label} (\`${row.url}\`) | ${row.requestsPerSecond} | ${row.latencyP50ms} ms | ${row.latencyP99ms} ms | ` +
      `${row.errors} | ${row.rssBeforeMB} → ${row.rssAfterMB} MB |`,
  );
}
if (results.some((row) => row.errors > 0)) process.exitCode = 1;
