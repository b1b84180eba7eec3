/** Where the browser has no `requestIdleCallback`: the time a task may take after a short pause. */
const FALLBACK_MS = 4;

/**
 * The browser's next idle period (within two seconds at the latest), or a short pause where it has no
 * `requestIdleCallback`. Rejects with the signal's reason once `signal` aborts.
 */
export function idle(signal: AbortSignal): Promise<IdleDeadline> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    const done = (deadline: IdleDeadline) => {
      signal.removeEventListener('abort', abort);
      resolve(deadline);
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(done, { timeout: 2000 });
    else setTimeout(() => done({ didTimeout: true, timeRemaining: () => FALLBACK_MS }), 50);
  });
}
