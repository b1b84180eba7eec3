// Small helpers shared by the bench modules.

export { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.mjs';

export function median(values) {
  const numbers = values.filter((value) => typeof value === 'number' && Number.isFinite(value));
  if (numbers.length === 0) return null;
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Bytes as kB (1 kB = 1000 bytes, as Vite prints sizes). */
export const kB = (bytes) => (bytes == null ? 'n/a' : `${(bytes / 1000).toFixed(1)} kB`);

export const ms = (value) => (value == null ? 'n/a' : `${Math.round(value)} ms`);

export const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;
