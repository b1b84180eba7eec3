// Small helpers shared by the bench modules, and the register of everything the bench starts (servers,
// browsers, the build), so that it is stopped on the normal path, on errors and on Ctrl-C alike.

export { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.mjs';

export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Bytes as kB (1 kB = 1000 bytes, as Vite prints sizes). */
export const kB = (bytes) => (bytes == null ? 'n/a' : `${(bytes / 1000).toFixed(1)} kB`);

export const ms = (value) => (value == null ? 'n/a' : `${Math.round(value)} ms`);

export const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

const running = new Set();

/** Registers something to stop (`close` may be async); returns a function that stops it and forgets it. */
export function track(name, close) {
  const resource = { name, close };
  running.add(resource);
  return async () => {
    if (running.delete(resource)) await close();
  };
}

/** Stops everything still registered, newest first. */
export async function stopAll() {
  for (const resource of [...running].reverse()) {
    running.delete(resource);
    await Promise.resolve()
      .then(resource.close)
      .catch((error) => console.error(`Could not stop ${resource.name}: ${error.message}`));
  }
}

/** Ctrl-C and termination stop what was started before the process exits. */
export function stopEverythingOnExit() {
  const stopAndExit = (code) => () => void stopAll().finally(() => process.exit(code));
  process.once('SIGINT', stopAndExit(130));
  process.once('SIGTERM', stopAndExit(143));
}
