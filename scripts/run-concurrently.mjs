// Runs npm scripts at the same time (`npm test`'s typecheck, lint and build: each keeps about one core busy)
// and prints each one's output in one piece as it ends; exits non-zero, naming them, when any failed.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);

const runs = names.map(
  (name) =>
    new Promise((resolve) => {
      const started = performance.now();
      const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
      const output = [];
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
      child.on('close', (code, signal) => {
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const status = code === 0 ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`;
        process.stdout.write(`\n> npm run ${name}: ${status} in ${seconds} s\n${Buffer.concat(output)}`);
        resolve(code === 0);
      });
    }),
);

const results = await Promise.all(runs);
const failed = names.filter((_, index) => !results[index]);
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.map((name) => `npm run ${name}`).join(', ')}`);
  process.exit(1);
}
