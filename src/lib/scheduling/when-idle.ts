/**
 * Runs `task` once the browser is idle, and at the latest after `timeoutMs`. Where the browser has no
 * `requestIdleCallback`, it waits a fixed time instead (at most a second). Returns a cancel function.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, Math.min(timeoutMs, 1000));
  return () => clearTimeout(timer);
}
