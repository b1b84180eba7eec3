/**
 * Records a promise's outcome on the promise the way React's `use` reads it (`status`, `value`), so a promise
 * that settled before rendering (preloaded for hydration or prerendering) is read without suspending.
 */
export function trackSettlement<T>(promise: Promise<T>): Promise<T> {
  const tracked = Object.assign(promise, { status: 'pending' });
  promise.then(
    (value) => Object.assign(tracked, { status: 'fulfilled', value }),
    (reason: unknown) => Object.assign(tracked, { status: 'rejected', reason }),
  );
  return promise;
}

/** True once a promise passed through `trackSettlement` has resolved. */
export function hasFulfilled(promise: Promise<unknown> | undefined): boolean {
  return (promise as { status?: string } | undefined)?.status === 'fulfilled';
}
