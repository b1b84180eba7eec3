import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM of the bench (scripts/bench/run.mjs); typed below
import * as reportModule from '../../scripts/bench/report.mjs';
// @ts-expect-error -- plain ESM of the bench
import * as budgetsModule from '../../scripts/bench/budgets.mjs';
import benchBudgets from '../../bench/budgets.json';

const { withSpread, renderMarkdown } = reportModule as {
  withSpread: (median: number | null, values: readonly (number | null | undefined)[]) => string;
  renderMarkdown: (report: unknown) => string;
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
const { checkBudgets } = budgetsModule as { checkBudgets: (report: unknown, budgets: unknown) => unknown[] };

describe('bench report: a run of the interactions alone (--only=interactions)', () => {
  const timing = (ms: number, samples: number[]) => ({ to: 'zh-cn', ms, samples, fullLoad: false });
  const report = {
    generatedAt: '2026-12-02T18:00:00.000Z',
    options: { mode: 'full', parts: ['interactions'], runs: 3, samples: 3, presets: ['mobile', 'desktop'] },
    environment: { node: '20.20.2', chromium: 'Chromium 156', lighthouse: '12.8.2', cpus: 2 },
    locales: ['en-us'],
    routes: [{ id: 'article', label: 'article', example: '/en-us/articles/x' }],
    firstLoad: null,
    lighthouse: null,
    interactions: {
      locales: ['en-us'],
      localeSwitch: {
        normal: { 'en-us': { article: timing(21, [18, 21, 30]) } },
        cpu4x: { 'en-us': { article: timing(230, [190, 230, 260]) } },
      },
      wizardStep: { normal: {}, cpu4x: {} },
    },
  };
  const markdown = renderMarkdown({
    ...report,
    budgets: { file: 'bench/budgets.json', checks: checkBudgets(report, benchBudgets) },
  });
  const switchRow = markdown.split('\n').find((line) => line.startsWith('| locale switch, article'));

  it('shows each timing with its spread, and marks the one over its budget', () => {
    expect(switchRow).toBe(
      '| locale switch, article | en-us → zh-cn | 21 ms (18–30) | **230 ms (190–260)** ✗ | no |',
    );
    expect(markdown).toContain('### Budgets: 3 of 4 checks pass');
    expect(markdown).toContain('article en-us→zh-cn cpu4x: locale switch 230 ms > 200 ms');
  });

  it('has no table for the parts it did not measure', () => {
    expect(markdown).not.toMatch(/Lighthouse (mobile|desktop)|First-load/);
    expect(markdown).toContain('### Interactions in Chromium');
  });
});

describe('bench report: bytes and Lighthouse', () => {
  const sizes = (gzip: number) => ({ raw: gzip * 3, gzip, brotli: gzip - 1000 });
  // 1 kB over the article's budget, whatever the budget is.
  const OVER_ARTICLE_BUDGET = benchBudgets.firstLoad.article.jsGzipBytes + 1000;
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const lighthouseRun = (tbt: number) => ({
    preset: 'mobile',
    locale: 'zh-cn',
    route: 'article',
    run: 1,
    metrics: { tbt },
  });
  const report = {
    generatedAt: '2026-12-02T18:00:00.000Z',
    options: { mode: 'full', parts: ['first-load', 'lighthouse'], runs: 3, samples: 5, presets: ['mobile'] },
    environment: { node: '20.20.2', chromium: 'Chromium 156', lighthouse: '12.8.2', cpus: 2 },
    locales: ['zh-cn'],
    routes: [{ id: 'article', label: 'article', example: '/zh-cn/articles/x' }],
    firstLoad: {
      'zh-cn': {
        article: {
          js: { total: sizes(OVER_ARTICLE_BUDGET), requests: 9 },
          css: { total: sizes(2800), requests: 0 },
          html: sizes(5500),
        },
      },
    },
    lighthouse: {
      runs: [lighthouseRun(0), lighthouseRun(64), lighthouseRun(70)],
      medians: {
        mobile: {
          'zh-cn': {
            article: {
              scores: { performance: 99, accessibility: 100, 'best-practices': 100, seo: 100 },
              metrics: {
                fcp: 669,
                lcp: 669,
                tbt: 64,
                cls: 0,
                transferBytes: 107_900,
                scriptTransferBytes: 103_200,
              },
            },
          },
        },
      },
      failingAudits: [],
    },
    interactions: null,
  };
  const markdown = renderMarkdown({
    ...report,
    budgets: { file: 'bench/budgets.json', checks: checkBudgets(report, benchBudgets) },
  });
  const rowOf = (start: string) => markdown.split('\n').filter((line) => line.startsWith(start));

  it('marks the first-load JS over the article budget', () => {
    const [raw, gzip, brotli] = [
      OVER_ARTICLE_BUDGET * 3,
      OVER_ARTICLE_BUDGET,
      OVER_ARTICLE_BUDGET - 1000,
    ].map(kB);
    expect(rowOf(`| article | zh-cn | ${raw}`)).toEqual([
      `| article | zh-cn | ${raw} | **${gzip}** ✗ | ${brotli} | 9 | 8.4 kB | 2.8 kB | 1.8 kB | 5.5 kB |`,
    ]);
  });

  it('marks a score under 100, an LCP without a static floor to compare with, and a TBT over 50 ms with its spread', () => {
    expect(rowOf('| article | zh-cn | **99**')).toEqual([
      '| article | zh-cn | **99** ✗ | 100 | 100 | 100 | 669 ms | **669 ms** ✗ | **64 ms (0–70)** ✗ | 0.000 | 107.9 kB | 103.2 kB |',
    ]);
    expect(markdown).not.toContain('### Interactions');
  });
});
