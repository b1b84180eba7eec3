// The interaction part of the bench: every route's locale switch (to the next locale of the build) and both
// wizard steps, in each measured locale, at normal CPU and at 4× CPU, each the median of `samples` clicks
// timed by interactions.mjs.
import { headingOf, timeLocaleSwitch, timeWizardStep } from './interactions.mjs';
import { ROUTES, htmlFileFor, htmlLangOf } from './routes.mjs';
import { median, ms } from './util.mjs';

/** The CPUs the timings are taken at: key in the report and bench/budgets.json, throttling rate. */
export const CPUS = [
  ['normal', 1],
  ['cpu4x', 4],
];

const cpuLabel = (cpu) => (cpu === 'normal' ? 'normal CPU' : '4× CPU');

/** Takes `samples` timings of `measure()`; logs and returns their median (and what went wrong, if anything). */
async function sample(label, samples, measure, log) {
  const results = [];
  const errors = [];
  for (let index = 0; index < samples; index += 1) {
    try {
      results.push(await measure());
    } catch (error) {
      errors.push(error.message.split('\n')[0]);
    }
  }
  const result = {
    samples: results.map((item) => item.ms),
    ms: median(results.map((item) => item.ms)),
    domMs: median(results.map((item) => item.domMs)),
    fullLoad: results.length ? results.some((item) => item.fullLoad) : null,
    heading: results[0]?.heading ?? null,
    pageErrors: [...new Set(results.flatMap((item) => item.pageErrors))],
    error: results.length ? null : (errors[0] ?? 'no sample'),
    errors,
  };
  const figure =
    result.ms === null
      ? `n/a (${result.error})`
      : `${ms(result.ms)} (dom ${ms(result.domMs)}; samples ${result.samples.map(Math.round).join(', ')})`;
  log(
    `  ${label}: ${figure}${result.fullLoad ? ' FULL PAGE LOAD' : ''}` +
      (result.pageErrors.length ? ` page errors: ${result.pageErrors.join('; ')}` : ''),
  );
  return result;
}

/**
 * Measures every interaction on the site served at `site.url` (built in `dist`).
 * @returns {{ locales: string[], localeSwitch: object, wizardStep: object }} per CPU, locale and route/step
 */
export async function measureInteractions(browser, { site, dist, allLocales, locales, samples, log }) {
  const interactions = { locales, localeSwitch: {}, wizardStep: {} };
  const headings = new Map();
  const expectedHeading = async (url) => {
    if (!headings.has(url)) headings.set(url, await headingOf(browser, site.url + url));
    return headings.get(url);
  };

  for (const [cpu, rate] of CPUS) {
    interactions.localeSwitch[cpu] = {};
    interactions.wizardStep[cpu] = {};
    for (const locale of locales) {
      const target = allLocales[(allLocales.indexOf(locale) + 1) % allLocales.length];
      const switches = (interactions.localeSwitch[cpu][locale] = {});
      for (const route of ROUTES) {
        const label = `locale switch ${route.label} ${locale} → ${target}, ${cpuLabel(cpu)}`;
        const to = htmlFileFor(dist, route.url(target));
        if (!htmlFileFor(dist, route.url(locale)) || !to) {
          switches[route.id] = { missing: true, to: target };
          log(`  ${label}: n/a (route missing)`);
          continue;
        }
        if (target === locale) {
          switches[route.id] = { to: target, ms: null, fullLoad: null, error: 'only one locale' };
          continue;
        }
        try {
          const expected = await expectedHeading(route.url(target));
          const targetLang = htmlLangOf(to);
          const url = site.url + route.url(locale);
          switches[route.id] = {
            to: target,
            ...(await sample(
              label,
              samples,
              () => timeLocaleSwitch(browser, { url, targetLang, expected, cpuRate: rate }),
              log,
            )),
          };
        } catch (error) {
          switches[route.id] = { to: target, ms: null, fullLoad: null, error: error.message };
          log(`  ${label}: n/a (${error.message})`);
        }
      }

      const wizard = (interactions.wizardStep[cpu][locale] = {});
      const start = ROUTES.find((route) => route.id === 'wizard').url(locale);
      const steps = [
        ['question', start, 'partner-center'],
        ['outcome', `${start}?cloud=partner-center`, 'incident'],
      ];
      for (const [name, url, value] of steps) {
        const label = `wizard step ${name} ${locale}, ${cpuLabel(cpu)}`;
        if (!htmlFileFor(dist, url)) {
          wizard[name] = { missing: true };
          log(`  ${label}: n/a (route missing)`);
          continue;
        }
        wizard[name] = await sample(
          label,
          samples,
          () => timeWizardStep(browser, { url: site.url + url, value, cpuRate: rate }),
          log,
        );
      }
    }
  }
  return interactions;
}
