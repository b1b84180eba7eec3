// How busy the machine is with work that is not the bench's. Lighthouse's simulated TBT multiplies the
// wall-clock length of every task it observed, and the interaction timings are wall-clock too, so on a
// 2-core machine another busy process shows up in those figures. The bench samples the CPUs while it runs
// nothing itself (before it starts, after it has stopped everything) and says so when they were busy.
import os from 'node:os';
import { percent } from './util.mjs';

/** Share of CPU time the report calls busy enough to skew timings (one of two cores half busy). */
export const BUSY_THRESHOLD = 0.25;

/** Idle and total CPU time, summed over every core, in milliseconds. */
export function cpuTimes(cpus = os.cpus()) {
  let idle = 0;
  let total = 0;
  for (const { times } of cpus) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  return { idle, total };
}

/** The share (0–1) of CPU time between two `cpuTimes` readings that was not idle. */
export function busyShare(before, after) {
  const total = after.total - before.total;
  if (!(total > 0)) return null;
  const idle = after.idle - before.idle;
  return Math.min(1, Math.max(0, 1 - idle / total));
}

/** Samples the CPUs for `durationMs` while the caller runs nothing; resolves to the busy share. */
export async function sampleBusyShare(durationMs = 2000) {
  const before = cpuTimes();
  await new Promise((resolve) => setTimeout(resolve, durationMs));
  return busyShare(before, cpuTimes());
}

/** A warning for the report when other work kept the CPUs busy, or null. */
export function busyWarning(otherWork) {
  const busy = Object.entries(otherWork ?? {}).filter(
    ([, share]) => typeof share === 'number' && share > BUSY_THRESHOLD,
  );
  if (busy.length === 0) return null;
  const when = busy.map(([moment, share]) => `${percent(share)} ${moment}`).join(', ');
  return (
    `Other work kept the CPUs busy while the bench itself was idle (${when}): TBT and the interaction ` +
    'timings are wall-clock figures and come out higher than on a quiet machine. Rerun when it is quiet.'
  );
}
