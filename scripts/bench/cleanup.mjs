// Everything the bench starts (servers, browsers, the build) registers here, so that it is stopped on the
// normal path, on errors and on Ctrl-C alike.

const resources = new Set();

/**
 * Registers something to stop. `close` may be async; `killNow` (optional, synchronous) is the last resort
 * when the process exits before `close` could run. Returns a function that stops it and forgets it.
 */
export function track(name, close, killNow) {
  const resource = { name, close, killNow };
  resources.add(resource);
  return async () => {
    if (resources.delete(resource)) await close();
  };
}

/** Stops everything still registered, newest first; what does not stop is killed. */
export async function stopAll() {
  for (const resource of [...resources].reverse()) {
    resources.delete(resource);
    await Promise.resolve()
      .then(resource.close)
      .catch((error) => {
        console.error(`Could not stop ${resource.name}: ${error.message}`);
        resource.killNow?.();
      });
  }
}

/** Ctrl-C and termination stop what was started; on exit, what is left is killed. */
export function stopEverythingOnExit() {
  const stopAndExit = (code) => () => void stopAll().finally(() => process.exit(code));
  process.once('SIGINT', stopAndExit(130));
  process.once('SIGTERM', stopAndExit(143));
  process.on('exit', () => {
    for (const resource of resources) resource.killNow?.();
  });
}
