// Everything the bench starts (servers, browsers, the build) registers here, so that it is stopped on the
// normal path, on errors and on Ctrl-C alike.

const resources = new Set();

/**
 * Registers something to stop. `close` may be async; `killNow` (optional, synchronous) is the last resort
 * used when the process exits before `close` could run (e.g. a detached browser process).
 * Returns a function that stops it and forgets it.
 */
export function track(name, close, killNow) {
  const resource = { name, close, killNow };
  resources.add(resource);
  return async () => {
    if (!resources.delete(resource)) return;
    await close();
  };
}

const withTimeout = (promise, millis, name) =>
  Promise.race([
    promise,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`${name} did not stop in ${millis} ms`)), millis).unref(),
    ),
  ]);

/** Stops everything still registered, newest first. */
export async function stopAll() {
  for (const resource of [...resources].reverse()) {
    resources.delete(resource);
    try {
      await withTimeout(Promise.resolve().then(resource.close), 15_000, resource.name);
    } catch (error) {
      console.error(`Could not stop ${resource.name}: ${error.message}`);
      try {
        resource.killNow?.();
      } catch {
        // already gone
      }
    }
  }
}

let installed = false;

/** Ctrl-C, termination and crashes stop what was started before the process ends. */
export function stopEverythingOnExit() {
  if (installed) return;
  installed = true;
  let stopping = false;
  const stopAndExit = async (code, message) => {
    if (stopping) {
      // A second Ctrl-C: kill what is left synchronously and leave.
      killAllNow();
      process.exit(code);
    }
    stopping = true;
    if (message) console.error(message);
    await stopAll();
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAndExit(130, '\nInterrupted: stopping servers and browsers…'));
  process.on('SIGTERM', () => void stopAndExit(143, '\nTerminated: stopping servers and browsers…'));
  process.on('SIGHUP', () => void stopAndExit(129));
  process.on('uncaughtException', (error) => void stopAndExit(1, error.stack ?? String(error)));
  process.on('unhandledRejection', (error) => void stopAndExit(1, error?.stack ?? String(error)));
  process.on('exit', killAllNow);
}

function killAllNow() {
  for (const resource of resources) {
    try {
      resource.killNow?.();
    } catch {
      // already gone
    }
  }
  resources.clear();
}
