/**
 * The help center's navigation, as Microsoft's own table of contents (`TOC.yml`) and landing page
 * (`index.yml`) give it for a locale: nested sections and links with Microsoft's names, never retyped.
 * Plain serialisable data, built at build time (src/content/navigation) and read by the home page (its
 * locale's tree) and an article page (its place: breadcrumb and neighbours).
 */
import type { LocaleId } from './article';

/** Where an entry leads: an article of this site, a page elsewhere (Microsoft Learn), or nowhere we have. */
export type NavTarget =
  | { kind: 'article'; slug: string }
  | { kind: 'external'; url: string }
  /** A file the content does not hold: the entry is shown as text, never as a broken link. */
  | { kind: 'none' };

export interface NavNode {
  /** Microsoft's name for the entry, as the table of contents (or the article's heading) gives it. */
  name: string;
  /** The language of `name` when it is not the navigation's own (`LocaleNavigation.lang`). */
  lang?: LocaleId;
  target: NavTarget;
  /** A section's entries ([] for a plain link). */
  items: NavNode[];
}

export interface LandingSection {
  title: string;
  links: NavNode[];
}

/** The landing page's link lists (`index.yml`, `YamlMime:Landing`). */
export interface Landing {
  title: string;
  summary: string;
  sections: LandingSection[];
}

/** One locale's home page navigation (`virtual:content/navigation/<locale>`). */
export interface LocaleNavigation {
  locale: LocaleId;
  /** The locale whose TOC and landing page these are: the navigation's own, or the one it borrows. */
  lang: LocaleId;
  landing: Landing | null;
  tree: NavNode[];
  /** Articles with a version in any locale that no entry of `tree` names, by slug. */
  unlisted: string[];
}

export interface PlaceLink {
  slug: string;
  name: string;
  lang: LocaleId;
}

/** Where an article sits in its locale's table of contents. */
export interface ArticlePlace {
  /** The sections it is in, outermost first (the home page is not one of them). */
  trail: { name: string; lang: LocaleId; slug: string | null }[];
  previous: PlaceLink | null;
  next: PlaceLink | null;
}

/** Every article entry of a tree in reading order, with the sections it sits in. */
function articleEntriesOf(
  tree: readonly NavNode[],
  lang: LocaleId,
): { node: NavNode & { target: { kind: 'article' } }; trail: ArticlePlace['trail'] }[] {
  const entries: ReturnType<typeof articleEntriesOf> = [];
  const walk = (nodes: readonly NavNode[], trail: ArticlePlace['trail']) => {
    for (const node of nodes) {
      const slug = node.target.kind === 'article' ? node.target.slug : null;
      if (slug !== null && node.items.length === 0) {
        entries.push({ node: node as NavNode & { target: { kind: 'article' } }, trail });
      }
      if (node.items.length > 0) {
        if (slug !== null) entries.push({ node: node as NavNode & { target: { kind: 'article' } }, trail });
        walk(node.items, [...trail, { name: node.name, lang: node.lang ?? lang, slug }]);
      }
    }
  };
  walk(tree, []);
  return entries;
}

/**
 * Each article's place in a tree, by slug: the sections of its first entry, and the articles before and
 * after that entry in reading order (an article named twice is skipped as its own neighbour).
 */
export function placesOf(tree: readonly NavNode[], lang: LocaleId): Map<string, ArticlePlace> {
  const entries = articleEntriesOf(tree, lang);
  const linkOf = (index: number): PlaceLink | null => {
    const entry = entries[index];
    if (!entry) return null;
    return { slug: entry.node.target.slug, name: entry.node.name, lang: entry.node.lang ?? lang };
  };
  const places = new Map<string, ArticlePlace>();
  entries.forEach((entry, index) => {
    const slug = entry.node.target.slug;
    if (places.has(slug)) return;
    let before = index - 1;
    while (before >= 0 && entries[before]?.node.target.slug === slug) before -= 1;
    let after = index + 1;
    while (after < entries.length && entries[after]?.node.target.slug === slug) after += 1;
    places.set(slug, { trail: entry.trail, previous: linkOf(before), next: linkOf(after) });
  });
  return places;
}

/** The slugs a tree names, in any entry. */
export function slugsNamedBy(nodes: readonly NavNode[]): Set<string> {
  const slugs = new Set<string>();
  const walk = (each: readonly NavNode[]) => {
    for (const node of each) {
      if (node.target.kind === 'article') slugs.add(node.target.slug);
      walk(node.items);
    }
  };
  walk(nodes);
  return slugs;
}
