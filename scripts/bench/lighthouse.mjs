// One Lighthouse 13 run in a fresh Chromium: mobile (Lighthouse's default config, simulated throttling)
// or desktop (its desktop preset), summarized to the figures the bench reports.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { launch } from 'chrome-launcher';
import { track } from './cleanup.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './util.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
  transferBytes: 'total-byte-weight',
};

/** Audits whose useful details live in another audit (Lighthouse 13 moved them into its insights). */
const DETAILS_FROM = {
  'largest-contentful-paint': 'lcp-breakdown-insight',
  'cumulative-layout-shift': 'cls-culprits-insight',
};

const IGNORED_MODES = new Set(['notApplicable', 'informative', 'manual', 'error']);

/** A short description of what an audit flagged (selectors, snippets or URLs of its first items). */
function itemsOf(audit) {
  // Some audits (e.g. the LCP element) nest tables inside a list; some have no item list at all.
  const list = audit.details?.items;
  const items = (Array.isArray(list) ? list : []).flatMap((item) =>
    item?.type === 'table' && Array.isArray(item.items) ? item.items : [item],
  );
  return items
    .filter((item) => item && typeof item === 'object' && item.type !== 'debugdata')
    .slice(0, 5)
    .map((item) => {
      const node = item.type === 'node' ? item : (item.node ?? item.element ?? item.source?.node);
      if (node?.selector || node?.snippet) {
        const label = node.nodeLabel ? ` "${node.nodeLabel}"` : '';
        return `${node.selector ?? node.snippet}${label}`.slice(0, 200);
      }
      if (item.subpart) return `${item.label ?? item.subpart} ${Math.round(item.duration)} ms`;
      const url = item.url ?? item.source?.url ?? item.href;
      if (url) return `${url}${item.text ? ` (text "${item.text}")` : ''}`.slice(0, 200);
      if (item.description) return String(item.description).slice(0, 200);
      return JSON.stringify(item).slice(0, 200);
    });
}

export function summarize(lhr) {
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => {
      const score = lhr.categories[id]?.score;
      return [id, typeof score === 'number' ? Math.round(score * 100) : null];
    }),
  );
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([key, id]) => [key, lhr.audits[id]?.numericValue ?? null]),
  );
  const resources = lhr.audits['resource-summary']?.details?.items ?? [];
  metrics.scriptTransferBytes =
    resources.find((item) => item.resourceType === 'script')?.transferSize ?? null;
  metrics.requests = resources.find((item) => item.resourceType === 'total')?.requestCount ?? null;

  // Every audit that costs points, per category (for the lead to fix).
  const failing = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || IGNORED_MODES.has(audit.scoreDisplayMode)) continue;
      if (audit.score === null || audit.score >= 1) continue;
      if (id === 'performance' && !ref.weight && audit.scoreDisplayMode !== 'metricSavings') continue;
      failing.push({
        category: id,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        displayValue: audit.displayValue ?? null,
        explanation: audit.explanation ?? null,
        // For LCP, what the element is and where its time goes (TTFB, load delay, load time, render delay).
        // For CLS, which elements moved.
        items: itemsOf(lhr.audits[DETAILS_FROM[ref.id] ?? ref.id] ?? {}),
      });
    }
  }
  const lcpElement = itemsOf(lhr.audits['lcp-breakdown-insight'] ?? {});
  return {
    finalUrl: lhr.finalDisplayedUrl,
    scores,
    metrics,
    lcpElement,
    failing,
    runtimeError: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null,
    warnings: lhr.runWarnings ?? [],
  };
}

/** Runs Lighthouse once on `url` with the `mobile` or `desktop` preset; returns the summary and the full report. */
export async function runLighthouse(url, preset) {
  // chrome-launcher stops Chromium with SIGKILL, which leaves its singleton socket folder in TMPDIR:
  // give each Chromium a TMPDIR of its own and remove it afterwards.
  const tmpdir = await mkdtemp(path.join(os.tmpdir(), 'help-center-bench-chromium-'));
  const removeTmpdir = () => rm(tmpdir, { recursive: true, force: true });
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
    envVars: { ...process.env, TMPDIR: tmpdir },
    handleSIGINT: false,
    logLevel: 'silent',
  }).catch(async (error) => {
    await removeTmpdir();
    throw error;
  });
  const stop = track(
    `Chromium for Lighthouse (pid ${chrome.pid})`,
    async () => {
      await chrome.kill();
      await removeTmpdir();
    },
    () => chrome.kill(),
  );
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', disableFullPageScreenshot: true },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return { summary: summarize(result.lhr), lhr: result.lhr };
  } finally {
    await stop();
  }
}
