// Small helpers shared by the bench modules, and the register of everything the bench starts (servers,
// browsers, folders), so that it is stopped on the normal path, on errors and on Ctrl-C alike.
import { fromHtml } from 'hast-util-from-html';

/** Every element of an HTML page as hast nodes, in document order. */
export function elementsOf(html) {
  const elements = [];
  const walk = (node) => {
    if (node.type === 'element') elements.push(node);
    node.children?.forEach(walk);
  };
  walk(fromHtml(html));
  return elements;
}

/** The text of a hast node, as the DOM's textContent reads it (comments left out). */
export const textOf = (node) =>
  node.type === 'text' ? node.value : (node.children ?? []).map(textOf).join('');

export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Bytes as kB (1 kB = 1000 bytes, as Vite prints sizes). */
export const kB = (bytes) => (bytes == null ? 'n/a' : `${(bytes / 1000).toFixed(1)} kB`);

export const ms = (value) => (value == null ? 'n/a' : `${Math.round(value)} ms`);

/** A median with the lowest and highest value it was taken from, "46 ms (16–47)": on a shared machine
 * timings spread, and a median just over a budget reads differently next to its spread. */
export function withSpread(median, values = []) {
  const finite = values.filter((value) => Number.isFinite(value));
  if (median == null || finite.length < 2) return ms(median);
  return `${ms(median)} (${Math.round(Math.min(...finite))}–${Math.round(Math.max(...finite))})`;
}

/** `measure()` (ms) `count` times, printed and returned as { ...timing, ms (the median), samples, error }:
 * the first failed sample ends it, and a timing with an error breaks its budget whatever its median. */
export async function sampleTiming(timing, count, measure) {
  const samples = [];
  let error = null;
  for (let index = 0; index < count && !error; index += 1) {
    await measure().then(
      (time) => samples.push(time),
      (caught) => (error = caught.message.split('\n')[0]),
    );
  }
  const where = [timing.where, timing.cpu].filter(Boolean).join(' ');
  console.log(`  ${timing.figure}, ${where}: ${withSpread(median(samples), samples)} ${error ?? ''}`);
  return { ...timing, ms: median(samples), samples, error };
}

const running = new Map(); // the function that stops each thing running → its name

/** Registers something to stop (`close` may be async); returns a function that stops it and forgets it. */
export function track(name, close) {
  const stop = async () => {
    if (running.delete(stop)) await close();
  };
  running.set(stop, name);
  return stop;
}

/** Stops everything still registered, newest first. */
export async function stopAll() {
  for (const [stop, name] of [...running].reverse())
    await stop().catch((error) => console.error(`Could not stop ${name}: ${error.message}`));
}

/** Ctrl-C and termination stop what was started before the process exits. */
export function stopAllOnExit() {
  process.once('SIGINT', () => void stopAll().finally(() => process.exit(130)));
  process.once('SIGTERM', () => void stopAll().finally(() => process.exit(143)));
}
