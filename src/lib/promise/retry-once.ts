/**
 * Runs `load` again once when it fails: a chunk request that met a network blip, or a server restarting,
 * usually succeeds the second time. A second failure is the caller's to explain.
 */
export function retryOnce<T>(load: () => Promise<T>): Promise<T> {
  return load().catch(() => load());
}
