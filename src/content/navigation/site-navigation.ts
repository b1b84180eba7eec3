/**
 * Each locale's navigation from its own `TOC.yml` and `index.yml` (`<content>/_data/<locale>/`): hrefs
 * become this site's article URLs by the import's naming rule (`pageNameOfPath`), entries naming a file
 * the content lacks become text. A locale without a TOC (en-us, generated from the English originals)
 * borrows the newest locale's, its articles named by their own headings where they have a version.
 */
import path from 'node:path';
import type { LocaleId } from '../../domain/article';
import { resolveArticleLink } from '../../domain/links';
import {
  placesOf,
  slugsNamedBy,
  type ArticlePlace,
  type Landing,
  type LocaleNavigation,
  type NavNode,
  type NavTarget,
} from '../../domain/navigation';
import { pageNameOfPath } from '../import/corpus-files';
import type { ContentProblem } from '../pipeline/content-problem';
import { parseLanding, parseTocMarkdown, parseTocYaml, type TocEntry } from './toc-sources';

export const TOC_FILE = 'TOC.yml';
export const LANDING_FILE = 'index.yml';

export interface NavigationInput {
  /** Every locale the site has pages in. */
  locales: readonly LocaleId[];
  /** A file of `_data/<locale>/` as text (`relative` uses `/`), or null when there is none. */
  read: (locale: LocaleId, relative: string) => string | null;
  /** Every article version: the slugs the site has, and what each version's heading is. */
  versions: readonly { slug: string; locale: LocaleId; heading: string; date: string | null }[];
}

export interface SiteNavigation {
  navigation: Map<LocaleId, LocaleNavigation>;
  /** `places.get(locale)?.get(slug)`: an article version's place in its locale's tree. */
  places: Map<LocaleId, Map<string, ArticlePlace>>;
  problems: ContentProblem[];
}

interface Resolver {
  locale: LocaleId;
  slugs: ReadonlySet<string>;
  read: (relative: string) => string | null;
  problems: ContentProblem[];
}

function targetOf(href: string, folder: string, resolver: Resolver): NavTarget {
  const trimmed = href.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('/')) {
    const link = resolveArticleLink(trimmed, { locale: resolver.locale, knownSlugs: [] });
    return link.kind === 'external' ? { kind: 'external', url: link.url } : { kind: 'none' };
  }
  const file = path.posix.normalize(path.posix.join(folder, trimmed.replace(/[?#].*$/, '')));
  const name = file.startsWith('..') ? null : pageNameOfPath(file);
  const slug = name?.toLowerCase();
  return slug !== undefined && resolver.slugs.has(slug) ? { kind: 'article', slug } : { kind: 'none' };
}

const isTocFile = (href: string | null): href is string =>
  href !== null && /(^|\/)toc\.(md|yml)$/i.test(href);

function nodesOf(entries: readonly TocEntry[], folder: string, resolver: Resolver, depth = 0): NavNode[] {
  return entries.flatMap((entry): NavNode[] => {
    // The landing page is the home page itself.
    if (depth === 0 && folder === '.' && entry.href === LANDING_FILE && entry.items.length === 0) return [];
    if (isTocFile(entry.href)) {
      const tocPath = path.posix.normalize(path.posix.join(folder, entry.href));
      const text = resolver.read(tocPath);
      const nested =
        text === null
          ? []
          : tocPath.endsWith('.md')
            ? parseTocMarkdown(text)
            : tocEntries(text, tocPath, resolver);
      const items = nodesOf([...nested, ...entry.items], path.posix.dirname(tocPath), resolver, depth + 1);
      return [{ name: entry.name, target: { kind: 'none' }, items }];
    }
    const target = entry.href === null ? { kind: 'none' as const } : targetOf(entry.href, folder, resolver);
    return [{ name: entry.name, target, items: nodesOf(entry.items, folder, resolver, depth + 1) }];
  });
}

function tocEntries(text: string, file: string, resolver: Resolver): TocEntry[] {
  const parsed = parseTocYaml(text);
  if (parsed.error === null) return parsed.value;
  const [line = 1, column = 1] = parsed.error.split(':', 2).map(Number);
  resolver.problems.push({
    code: 'unreadable-toc',
    severity: 'warning',
    file: `_data/${resolver.locale}/${file}`,
    line,
    column,
    what: `the table of contents is not readable YAML (${parsed.error.split(': ').slice(1).join(': ')})`,
    done: 'its entries are left out of the navigation',
  });
  return [];
}

function landingOf(resolver: Resolver): Landing | null {
  const text = resolver.read(LANDING_FILE);
  if (text === null) return null;
  const parsed = parseLanding(text);
  if (parsed.error !== null) return null;
  const sections = parsed.value.sections.map((section) => ({
    title: section.title,
    links: section.links.map(({ text, url }) => ({
      name: text,
      target: targetOf(url, '.', resolver),
      items: [],
    })),
  }));
  return { title: parsed.value.title, summary: parsed.value.summary, sections };
}

/** The locale whose navigation others borrow: the one whose newest article is newest (ties: code order). */
function newestOf(locales: readonly LocaleId[], versions: NavigationInput['versions']): LocaleId | null {
  const newest = new Map<LocaleId, string>();
  for (const { locale, date } of versions) {
    if (date !== null && date > (newest.get(locale) ?? '')) newest.set(locale, date);
  }
  return (
    [...locales].sort(
      (a, b) => (newest.get(b) ?? '').localeCompare(newest.get(a) ?? '') || (a < b ? -1 : a > b ? 1 : 0),
    )[0] ?? null
  );
}

/** A borrowed tree in `locale`: each article named by its own version's heading where it has one. */
function renamed(
  nodes: readonly NavNode[],
  headings: ReadonlyMap<string, string>,
  locale: LocaleId,
): NavNode[] {
  return nodes.map((node) => {
    const heading = node.target.kind === 'article' ? headings.get(node.target.slug) : undefined;
    const items = renamed(node.items, headings, locale);
    return heading === undefined
      ? { ...node, items }
      : { name: heading, lang: locale, target: node.target, items };
  });
}

export function buildSiteNavigation(input: NavigationInput): SiteNavigation {
  const slugs = new Set(input.versions.map((version) => version.slug));
  const problems: ContentProblem[] = [];
  const own = new Map<LocaleId, { tree: NavNode[]; landing: Landing | null }>();
  for (const locale of input.locales) {
    const resolver: Resolver = { locale, slugs, read: (relative) => input.read(locale, relative), problems };
    const toc = resolver.read(TOC_FILE);
    if (toc === null) continue;
    own.set(locale, {
      tree: nodesOf(tocEntries(toc, TOC_FILE, resolver), '.', resolver),
      landing: landingOf(resolver),
    });
  }
  const lender = newestOf([...own.keys()], input.versions);
  const navigation = new Map<LocaleId, LocaleNavigation>();
  const places = new Map<LocaleId, Map<string, ArticlePlace>>();
  for (const locale of input.locales) {
    const mine = own.get(locale);
    const borrowed = mine ? null : lender === null ? null : (own.get(lender) ?? null);
    const lang = mine ? locale : (lender ?? locale);
    const headings = new Map(
      input.versions
        .filter((version) => version.locale === locale)
        .map((version) => [version.slug, version.heading]),
    );
    const tree = mine?.tree ?? (borrowed ? renamed(borrowed.tree, headings, locale) : []);
    const from = mine?.landing ?? borrowed?.landing ?? null;
    const landing =
      from && borrowed
        ? {
            ...from,
            sections: from.sections.map((section) => ({
              ...section,
              links: renamed(section.links, headings, locale),
            })),
          }
        : from;
    const named = slugsNamedBy(tree);
    const unlisted = [...slugs].filter((slug) => !named.has(slug)).sort();
    navigation.set(locale, { locale, lang, landing, tree, unlisted });
    places.set(locale, placesOf(tree, lang));
  }
  return { navigation, places, problems };
}
