import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM of the bench (scripts/bench/run.mjs); typed below
import * as budgetsModule from '../../scripts/bench/budgets.mjs';

interface Run {
  preset: string;
  locale: string;
  route: string;
  metrics: { lcp: number };
}
interface Check {
  figure: string;
  where: string;
  ok: boolean;
}
const { checkBudgets, pooledFloorLcp } = budgetsModule as {
  checkBudgets: (report: unknown, budgets: unknown) => Check[];
  pooledFloorLcp: (report: unknown, preset: string) => number | null;
};

const run = (locale: string, route: string, lcp: number, preset = 'mobile'): Run => ({
  preset,
  locale,
  route,
  metrics: { lcp },
});

/** A report with the floor's three runs per locale, zh-cn's landing twice on the low (LCP = FCP) mode. */
const runs = [
  ...[756, 712, 756].map((lcp) => run('en-us', 'static-floor', lcp)),
  ...[687, 757, 677].map((lcp) => run('zh-cn', 'static-floor', lcp)),
  ...[767, 754, 752].map((lcp) => run('zh-tw', 'static-floor', lcp)),
  run('zh-cn', 'article', 761, 'desktop'),
];
const medians = {
  mobile: {
    'zh-cn': {
      'static-floor': { metrics: { lcp: 687 } },
      article: { scores: {}, metrics: { lcp: 761 } },
      home: { scores: {}, metrics: { lcp: 840 } },
    },
  },
};
const report = {
  firstLoad: {},
  lighthouse: { runs, medians },
  interactions: { localeSwitch: {}, wizardStep: {} },
};
const budgets = { lighthouse: { mobile: { maxLcpVsStaticFloor: 1.1 } } };

describe('LCP against the static floor', () => {
  it('takes the floor as the median of all its runs of the preset, in every locale', () => {
    expect(pooledFloorLcp(report, 'mobile')).toBe(754);
    expect(pooledFloorLcp(report, 'desktop')).toBeNull();
  });

  it('passes a page at the floor and breaks one above 1.1 × the floor', () => {
    const lcpChecks = checkBudgets(report, budgets).filter((check) => check.figure === 'LCP vs static floor');
    expect(lcpChecks.map((check) => [check.where, check.ok])).toEqual([
      ['article zh-cn mobile', true],
      ['home zh-cn mobile', false],
    ]);
  });
});
