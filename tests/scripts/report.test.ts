import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM of the bench (scripts/bench/run.mjs); typed below
import * as reportModule from '../../scripts/bench/report.mjs';

const { withSpread } = reportModule as {
  withSpread: (median: number | null, values: readonly (number | null | undefined)[]) => string;
};

describe('bench report: a median with its spread', () => {
  it('shows the lowest and the highest run next to the median', () => {
    expect(withSpread(46.2, [16.4, 46.2, 47.4])).toBe('46 ms (16–47)');
  });

  it('ignores runs that measured nothing', () => {
    expect(withSpread(82, [66, null, 124, undefined, 82])).toBe('82 ms (66–124)');
  });

  it('shows the median alone when there is a single value, and n/a without one', () => {
    expect(withSpread(101, [101])).toBe('101 ms');
    expect(withSpread(null, [])).toBe('n/a');
  });
});
