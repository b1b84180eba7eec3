import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM of the bench (scripts/bench/run.mjs); typed below
import * as budgetsModule from '../../scripts/bench/budgets.mjs';
// @ts-expect-error -- plain ESM of the bench
import * as interactionsModule from '../../scripts/bench/interactions.mjs';
const SETTLED_MARK = 'help-center:settled';

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

describe('interaction timings', () => {
  const timed = (ms: number, settled: boolean | null) => ({ to: 'zh-cn', ms, fullLoad: false, settled });
  const interactionReport = {
    firstLoad: {},
    lighthouse: { runs: [], medians: {} },
    interactions: {
      localeSwitch: { cpu4x: { 'en-us': { article: timed(120, true), home: timed(90, false) } } },
      wizardStep: { normal: { 'en-us': { question: timed(30, true) } } },
    },
  };
  const interactionBudgets = {
    interactions: { localeSwitchMs: { cpu4x: 150 }, wizardStepMs: { normal: 50 } },
  };

  it('breaks a timing taken on a page that never said it had settled, whatever the figure', () => {
    const checks = checkBudgets(interactionReport, interactionBudgets);
    expect(checks.map((check) => [check.figure, check.where, check.ok])).toEqual([
      ['locale switch', 'article en-us→zh-cn cpu4x', true],
      ['locale switch', 'home en-us→zh-cn cpu4x', true],
      ['page settled before the click', 'home en-us→zh-cn cpu4x', false],
      ['wizard step', 'wizard question en-us normal CPU', true],
    ]);
  });
});

describe('when a timed click comes', () => {
  it('waits for the very mark the page sets once it has settled', () => {
    expect((interactionsModule as { SETTLED_MARK: string }).SETTLED_MARK).toBe(SETTLED_MARK);
  });
});
