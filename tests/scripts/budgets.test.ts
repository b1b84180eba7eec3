import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM of the bench (scripts/bench/run.mjs); typed below
import * as budgetsModule from '../../scripts/bench/budgets.mjs';
// @ts-expect-error -- plain ESM of the bench; typed below
import * as utilModule from '../../scripts/bench/util.mjs';
import benchBudgets from '../../bench/budgets.json';

interface Check {
  figure: string;
  where: string;
  ok: boolean;
  shown: string;
  text: string;
}
const { checkBudgets, pooledLcp, renderMarkdown } = budgetsModule as {
  checkBudgets: (report: unknown, budgets: unknown) => Check[];
  pooledLcp: (runs: unknown[], preset: string, route?: string) => number | null;
  renderMarkdown: (report: unknown) => string;
};
const { withSpread } = utilModule as {
  withSpread: (median: number | null, values?: readonly (number | null | undefined)[]) => string;
};

const verdicts = (report: unknown) =>
  checkBudgets(report, benchBudgets).map((check) => [check.figure, check.where, check.ok]);

describe('a median with its spread', () => {
  it('shows the lowest and the highest sample next to the median, ignoring samples that measured nothing', () => {
    expect(withSpread(46.2, [16.4, 46.2, 47.4])).toBe('46 ms (16–47)');
    expect(withSpread(82, [66, null, 124, undefined, 82])).toBe('82 ms (66–124)');
  });

  it('shows the median alone when there is a single value, and n/a without one', () => {
    expect(withSpread(101, [101])).toBe('101 ms');
    expect(withSpread(null, [])).toBe('n/a');
  });
});

describe('Lighthouse: LCP against the static floor, TBT, scores', () => {
  const run = (locale: string, route: string, lcp: number, extra: object = {}) => ({
    preset: 'mobile',
    locale,
    route,
    run: 1,
    scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
    metrics: { lcp, tbt: 0, cls: 0 },
    ...extra,
  });
  // The floor's three runs per locale, zh-cn's landing twice on the low (LCP = FCP) mode.
  const floorRuns = [
    ...[756, 712, 756].map((lcp) => run('en-us', 'static-floor', lcp)),
    ...[687, 757, 677].map((lcp) => run('zh-cn', 'static-floor', lcp)),
    ...[767, 754, 752].map((lcp) => run('zh-tw', 'static-floor', lcp)),
  ];

  it('takes the floor as the median of all its runs of the preset, in every locale', () => {
    expect(pooledLcp(floorRuns, 'mobile')).toBe(754);
    expect(pooledLcp(floorRuns, 'desktop')).toBeNull();
  });

  const lcpChecks = (lighthouse: unknown[]) =>
    checkBudgets({ lighthouse }, benchBudgets)
      .filter((check) => check.figure === 'LCP vs static floor')
      .map((check) => [check.where, check.ok]);

  it('passes a route at the floor and breaks one above 1.1 × the floor, each pooled over its locales', () => {
    const pages = (route: string, lcps: number[]) =>
      ['en-us', 'zh-cn', 'zh-tw'].flatMap((locale, index) =>
        lcps.slice(index * 3, index * 3 + 3).map((lcp) => run(locale, route, lcp)),
      );
    const lighthouse = [
      ...floorRuns,
      // One slow locale (zh-tw's median 1000 ms) among runs at the floor: one run's spread, not the page.
      ...pages('article', [750, 760, 740, 755, 745, 770, 1000, 1010, 720]),
      // Slower than 1.1 × 754 ms in every locale: what a script delaying the first paint looks like.
      ...pages('home', [840, 850, 860, 845, 835, 870, 880, 842, 851]),
    ];
    expect(lcpChecks(lighthouse)).toEqual([
      ['article mobile', true],
      ['home mobile', false],
    ]);
  });

  it('breaks a route whose runs all failed, and every route when the floor measured nothing', () => {
    const failed = { ...run('zh-cn', 'wizard', 0), metrics: undefined, error: 'NO_FCP' };
    expect(lcpChecks([...floorRuns, failed])).toEqual([['wizard mobile', false]]);
    expect(lcpChecks([run('zh-cn', 'article', 700)])).toEqual([['article mobile', false]]);
  });

  it('breaks a median TBT over 50 ms, shown with its spread, and a score under 100', () => {
    const tbt = (value: number, performance = 100) =>
      run('zh-cn', 'article', 700, {
        metrics: { lcp: 700, tbt: value, cls: 0 },
        scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
      });
    const checks = checkBudgets({ lighthouse: [tbt(0), tbt(64, 99), tbt(70, 99)] }, benchBudgets);
    expect(checks.find((check) => check.figure === 'TBT')).toMatchObject({
      ok: false,
      shown: '64 ms (0–70)',
    });
    expect(checks.find((check) => check.figure === 'Lighthouse performance')).toMatchObject({ ok: false });
    expect(checks.find((check) => check.figure === 'Lighthouse seo')).toMatchObject({ ok: true });
  });

  it('breaks every figure of a page whose runs all failed, saying why', () => {
    const failed = { ...run('zh-cn', 'home', 0), scores: undefined, metrics: undefined, error: 'NO_FCP' };
    const checks = checkBudgets({ lighthouse: [...floorRuns, failed] }, benchBudgets);
    expect(checks.every((check) => !check.ok)).toBe(true);
    expect(checks[0]?.text).toContain('(NO_FCP)');
  });
});

describe('interaction timings', () => {
  const timing = (figure: string, where: string, cpu: string, ms: number | null, extra: object = {}) => ({
    figure,
    where,
    cpu,
    ms,
    samples: ms === null ? [] : [ms],
    error: null,
    ...extra,
  });

  it('holds a switch or a wizard step a reader does not feel as slow: 50 ms at normal CPU, 200 ms at 4× CPU', () => {
    const timings = [
      timing('locale switch', 'article en-us→zh-cn', 'normal', 50),
      timing('locale switch', 'article en-us→zh-cn', 'cpu4x', 180),
      timing('wizard step', 'wizard question en-us', 'normal', 50),
      timing('wizard step', 'wizard question en-us', 'cpu4x', 200),
    ];
    expect(verdicts({ timings })).toEqual([
      ['locale switch', 'article en-us→zh-cn normal', true],
      ['locale switch', 'article en-us→zh-cn cpu4x', true],
      ['wizard step', 'wizard question en-us normal', true],
      ['wizard step', 'wizard question en-us cpu4x', true],
    ]);
  });

  it('breaks a timing over its budget, at either CPU', () => {
    const timings = [
      timing('locale switch', 'article en-us→zh-cn', 'normal', 51),
      timing('wizard step', 'wizard outcome en-us', 'cpu4x', 230),
    ];
    expect(verdicts({ timings }).map(([, , ok]) => ok)).toEqual([false, false]);
  });

  it('breaks a click that loads a new page whatever its time, and one that could not be timed', () => {
    const checks = checkBudgets(
      {
        timings: [
          timing('locale switch', 'article en-us→zh-cn', 'normal', 20, { error: 'full page load' }),
          timing('wizard step', 'wizard question en-us', 'normal', null, { error: 'no radio' }),
        ],
      },
      benchBudgets,
    );
    expect(checks.map((check) => check.ok)).toEqual([false, false]);
    expect(checks[0]?.text).toContain('full page load');
    expect(checks[1]?.text).toContain('no radio');
  });
});

describe('search and embed timings', () => {
  const timing = (figure: string, where: string, ms: number) => ({
    figure,
    where,
    ms,
    samples: [ms],
    error: null,
  });
  const { search, embed } = benchBudgets;

  it('checks each against the budget of its figure, and the host script against its bytes', () => {
    const timings = [
      timing(
        'keystroke → results painted',
        'search zh-tw "customer s" 4× CPU',
        search.keystrokeToPaintMs + 1,
      ),
      timing('mount() → ready', 'embedded wizard', embed.readyMs),
      timing('mount() → first resize', 'embedded wizard', embed.firstResizeMs + 1),
    ];
    expect(verdicts({ timings, embedScriptGzip: embed.scriptGzipBytes })).toEqual([
      ['keystroke → results painted', 'search zh-tw "customer s" 4× CPU', false],
      ['mount() → ready', 'embedded wizard', true],
      ['mount() → first resize', 'embedded wizard', false],
      ['embed.js (gzip)', 'host script', true],
    ]);
  });
});

describe('first-load bytes', () => {
  const load = (jsGzip: number) => ({ js: { total: { gzip: jsGzip } }, css: { total: { gzip: 3_000 } } });
  const article = benchBudgets.firstLoad.article.jsGzipBytes;

  it('breaks a route over its budget, a route without a budget, and a route the build lacks', () => {
    const firstLoad = { 'zh-cn': { article: load(article + 1), home: null, glossary: load(1_000) } };
    expect(verdicts({ firstLoad }).filter(([figure]) => figure === 'first-load JS (gzip)')).toEqual([
      ['first-load JS (gzip)', 'article zh-cn', false],
      ['first-load JS (gzip)', 'home zh-cn', false],
      ['first-load JS (gzip)', 'glossary zh-cn', false],
    ]);
    expect(verdicts({ firstLoad: { 'zh-cn': { article: load(article) } } })).toEqual([
      ['first-load JS (gzip)', 'article zh-cn', true],
      ['first-load CSS (gzip)', 'article zh-cn', true],
    ]);
  });
});

describe('the report', () => {
  const report = {
    generatedAt: '2026-12-07T06:00:00.000Z',
    parts: ['interactions', 'lighthouse'],
    locales: ['en-us'],
    environment: { node: '24.21.0', chromium: 'Chromium 143', cpus: 2, loadAverage: ['1.50', '2.00'] },
    timings: [
      {
        figure: 'locale switch',
        where: 'article en-us→zh-cn',
        cpu: 'cpu4x',
        ms: 230,
        samples: [190, 230, 260],
        error: null,
      },
    ],
    lighthouse: [
      {
        preset: 'mobile',
        locale: 'en-us',
        route: 'home',
        run: 1,
        scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
        metrics: { lcp: 700, tbt: 0, cls: 0 },
        failing: ['seo/link-text: Links do not have descriptive text'],
      },
    ],
  };
  const checks = checkBudgets(report, benchBudgets);
  const markdown = renderMarkdown({ ...report, budgets: { file: 'bench/budgets.json', checks } });

  it('lists every check, marking a broken one with its spread, and counts the passing ones', () => {
    expect(markdown).toContain(
      '| locale switch | article en-us→zh-cn cpu4x | **230 ms (190–260)** ✗ | ≤ 200 ms |',
    );
    expect(markdown).toContain(`### Budgets: ${checks.length - 2} of ${checks.length} checks pass`);
  });

  it('names each audit that cost points with the runs it cost them in', () => {
    expect(markdown).toContain(
      '- seo/link-text: Links do not have descriptive text: home en-us mobile run 1',
    );
  });
});
