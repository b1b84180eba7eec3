import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM of the bench (scripts/bench/machine.mjs); typed below
import * as machineModule from '../../scripts/bench/machine.mjs';

interface CpuTimes {
  idle: number;
  total: number;
}
const { cpuTimes, busyShare, busyWarning, BUSY_THRESHOLD } = machineModule as {
  cpuTimes: (cpus: { times: Record<'user' | 'nice' | 'sys' | 'idle' | 'irq', number> }[]) => CpuTimes;
  busyShare: (before: CpuTimes, after: CpuTimes) => number | null;
  busyWarning: (otherWork: Record<string, number | null | undefined> | undefined) => string | null;
  BUSY_THRESHOLD: number;
};

const core = (user: number, idle: number) => ({ times: { user, nice: 0, sys: 0, idle, irq: 0 } });

describe('bench: how busy the machine is with other work', () => {
  it('sums idle and total time over every core', () => {
    expect(cpuTimes([core(100, 900), core(300, 700)])).toEqual({ idle: 1600, total: 2000 });
  });

  it('measures the busy share between two readings, not since boot', () => {
    const before = cpuTimes([core(5000, 5000), core(5000, 5000)]);
    // One core fully busy for a second, the other idle: half of the machine.
    const after = cpuTimes([core(6000, 5000), core(5000, 6000)]);
    expect(busyShare(before, after)).toBe(0.5);
    expect(busyShare(before, before)).toBeNull();
  });

  it('warns only when a sample is over the threshold, naming each busy moment', () => {
    expect(busyWarning({ before: 0.03, after: BUSY_THRESHOLD })).toBeNull();
    expect(busyWarning(undefined)).toBeNull();
    expect(busyWarning({ before: null, after: 0.1 })).toBeNull();
    const warning = busyWarning({ before: 0.62, after: 0.04 });
    expect(warning).toContain('62% before');
    expect(warning).not.toContain('after');
    expect(warning).toMatch(/Rerun when it is quiet/);
  });
});
