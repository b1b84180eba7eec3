import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM of the bench (scripts/bench/run.mjs); typed below
import * as budgetsModule from '../../scripts/bench/budgets.mjs';
import benchBudgets from '../../bench/budgets.json';

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
  text: string;
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
  type Timing = { to?: string; ms: number | null; fullLoad: boolean | null; error?: string };
  const switched = (ms: number | null, fullLoad: boolean | null = false): Timing => ({
    to: 'zh-cn',
    ms,
    fullLoad,
  });
  const reportOf = (localeSwitch: object, wizardStep: object = {}) => ({
    firstLoad: null,
    lighthouse: null,
    interactions: { locales: ['en-us'], localeSwitch, wizardStep },
  });
  const verdicts = (report: unknown, budgetsFile: unknown = benchBudgets) =>
    checkBudgets(report, budgetsFile).map((check) => [check.figure, check.where, check.ok]);

  it('holds a switch or a wizard step a reader does not feel as slow: 50 ms at normal CPU, 200 ms at 4× CPU', () => {
    const report = reportOf(
      { normal: { 'en-us': { article: switched(50) } }, cpu4x: { 'en-us': { article: switched(180) } } },
      { normal: { 'en-us': { question: { ms: 50 } } }, cpu4x: { 'en-us': { question: { ms: 200 } } } },
    );
    expect(verdicts(report)).toEqual([
      ['locale switch', 'article en-us→zh-cn normal CPU', true],
      ['locale switch without full page load', 'article en-us→zh-cn normal CPU', true],
      ['locale switch', 'article en-us→zh-cn cpu4x', true],
      ['locale switch without full page load', 'article en-us→zh-cn cpu4x', true],
      ['wizard step', 'wizard question en-us normal CPU', true],
      ['wizard step', 'wizard question en-us cpu4x', true],
    ]);
  });

  it('breaks a timing over its budget, at either CPU', () => {
    const report = reportOf(
      { normal: { 'en-us': { article: switched(51) } }, cpu4x: { 'en-us': { home: switched(201) } } },
      { cpu4x: { 'en-us': { outcome: { ms: 230 } } } },
    );
    expect(verdicts(report).filter(([figure]) => figure !== 'locale switch without full page load')).toEqual([
      ['locale switch', 'article en-us→zh-cn normal CPU', false],
      ['locale switch', 'home en-us→zh-cn cpu4x', false],
      ['wizard step', 'wizard outcome en-us cpu4x', false],
    ]);
  });

  it('breaks a switch that loads a new page, and a step that does, whatever their time', () => {
    const report = reportOf(
      { normal: { 'en-us': { article: switched(20, true) } } },
      { normal: { 'en-us': { question: { ms: 20, fullLoad: true } } } },
    );
    expect(verdicts(report)).toEqual([
      ['locale switch', 'article en-us→zh-cn normal CPU', true],
      ['locale switch without full page load', 'article en-us→zh-cn normal CPU', false],
      ['wizard step', 'wizard question en-us normal CPU', false],
    ]);
  });

  it('breaks a timing that could not be taken, and skips a route the build does not have', () => {
    const report = reportOf({
      normal: {
        'en-us': { article: { ...switched(null, null), error: 'no sample' }, home: { missing: true } },
      },
    });
    const checks = checkBudgets(report, benchBudgets);
    expect(checks.map((check) => [check.where, check.ok])).toEqual([
      ['article en-us→zh-cn normal CPU', false],
      ['article en-us→zh-cn normal CPU', false],
    ]);
    expect(checks[0]?.text).toContain('no sample');
  });

  it('checks only the parts a run measured', () => {
    const checks = checkBudgets(reportOf({ normal: { 'en-us': { article: switched(20) } } }), benchBudgets);
    expect(new Set(checks.map((check) => check.figure))).toEqual(
      new Set(['locale switch', 'locale switch without full page load']),
    );
  });
});
