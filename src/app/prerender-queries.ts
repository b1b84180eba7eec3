import { filterValuesOf } from '../domain/applies-to';
import { filterToParams } from '../domain/url-input/filter';
import { queryOf } from '../domain/decision/evaluate';
import { answersToParams, pathsToOutcomes } from '../domain/decision/who-contacts';
import { embedVariants } from '../domain/embed-url';
import { catalog } from 'virtual:content/catalog';

/**
 * The query strings the app itself writes, for which pages are prerendered too: every wizard step and
 * outcome (also revisiting each answered question, `&change=…`), and every applies-to filter. The server answers those URLs with their own HTML, so a shared
 * link paints its real content at once and works without JavaScript (plain GET forms).
 */
export function wizardQueries(): string[] {
  const queries = new Set<string>();
  for (const path of pathsToOutcomes()) {
    for (let length = 1; length <= path.answers.length; length += 1) {
      const answers = Object.fromEntries(
        path.answers.slice(0, length).map((step) => [step.question, step.option]),
      );
      queries.add(`?${answersToParams(answers)}`);
      // The same step revisiting each answered question (Change, Back, the browser's history).
      for (const { question } of path.answers.slice(0, length)) queries.add(queryOf(answers, question));
    }
  }
  return [...queries];
}

/**
 * Every applies-to filter over the values some article lists (for the home page), or, for one article's
 * pages, over the values its own versions list: the notices on an article page name those versions. A
 * filter by a value the article lists nowhere is answered with the plain article page and rendered by the
 * app, so the article pages do not multiply with every value any other article lists.
 */
export function filterQueries(slug?: string): string[] {
  const slugs = slug === undefined ? catalog.slugs : [slug];
  const { clouds, roles } = filterValuesOf(slugs.flatMap((each) => catalog.listings[each] ?? []));
  const queries: string[] = [];
  for (const cloud of [null, ...clouds]) {
    for (const role of [null, ...roles]) {
      const query = filterToParams({ cloud, role }).toString();
      if (query) queries.push(`?${query}`);
    }
  }
  return queries;
}

/**
 * A page's query variants plus, for the page itself and each of them, its embed-mode variants
 * (`…&embed=1`, `…&embed=1&theme=light|dark`): portals' iframes get prerendered pages too.
 */
export function withEmbedVariants(queries: string[]): string[] {
  return [...queries, ...['', ...queries].flatMap(embedVariants)];
}

/** Where a query variant of a page is written: beside the page, named by its query (ids are URL-safe). */
export function queryFile(pageFile: string, query: string): string {
  if (!/^\?[\w=&-]+$/.test(query)) throw new Error(`Cannot name a file after the query ${query}`);
  return pageFile.replace(/index\.html$/, `__query/${query.slice(1)}.html`);
}

/** Every article and the locales it exists in (the server's view: the client never loads this list). */
export function articleLocales(): { slug: string; locales: string[] }[] {
  return catalog.slugs.map((slug) => ({
    slug,
    locales: (catalog.listings[slug] ?? []).map((version) => version.locale),
  }));
}
