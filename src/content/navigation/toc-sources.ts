/**
 * Reads Microsoft's navigation files as published (`TOC.yml`, a Markdown `TOC.md`, the landing page
 * `index.yml`) into plain entries: names as written (whitespace collapsed, never retyped) and hrefs as
 * written. Lenient: an entry without a name is left out, a file that is not YAML gives nothing and a
 * message for the build's report.
 */
import { parseDocument } from 'yaml';

export interface TocEntry {
  name: string;
  href: string | null;
  items: TocEntry[];
}

export interface LandingSource {
  title: string;
  summary: string;
  sections: { title: string; links: { text: string; url: string }[] }[];
}

export type Parsed<T> = { value: T; error: null } | { value: null; error: string };

const textOf = (value: unknown): string =>
  typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function yamlOf(text: string): Parsed<unknown> {
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { uniqueKeys: false });
  const [first] = document.errors;
  if (first) {
    const [line, column] = first.linePos?.[0] ? [first.linePos[0].line, first.linePos[0].col] : [1, 1];
    return { value: null, error: `${line}:${column}: ${first.message.split('\n')[0] ?? ''}` };
  }
  return { value: document.toJS() as unknown, error: null };
}

function entriesOf(value: unknown): TocEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): TocEntry[] => {
    if (!isRecord(item)) return [];
    const name = textOf(item.name);
    const items = entriesOf(item.items);
    if (name === '') return items;
    const href = textOf(item.href) || textOf(item.topicHref) || textOf(item.tocHref);
    return [{ name, href: href === '' ? null : href, items }];
  });
}

/** `TOC.yml`: a list of `{ name, href?, items? }`, nested. */
export function parseTocYaml(text: string): Parsed<TocEntry[]> {
  const parsed = yamlOf(text);
  if (parsed.error !== null) return parsed;
  if (!Array.isArray(parsed.value)) return { value: null, error: '1:1: not a list of entries' };
  return { value: entriesOf(parsed.value), error: null };
}

const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const MD_LINK = /^\[(.*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)$/;

/** A Markdown table of contents (`announcements/TOC.md`): one `# [name](href)` heading per entry, nested by level. */
export function parseTocMarkdown(text: string): TocEntry[] {
  const root: TocEntry[] = [];
  const open: { depth: number; items: TocEntry[] }[] = [{ depth: 0, items: root }];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const heading = MD_HEADING.exec(line);
    if (!heading) continue;
    const depth = heading[1]?.length ?? 1;
    const content = heading[2] ?? '';
    const link = MD_LINK.exec(content);
    const name = textOf(link ? link[1] : content);
    if (name === '') continue;
    const entry: TocEntry = { name, href: link?.[2] ? link[2] : null, items: [] };
    while ((open.at(-1)?.depth ?? 0) >= depth) open.pop();
    (open.at(-1) ?? open[0])?.items.push(entry);
    open.push({ depth, items: entry.items });
  }
  return root;
}

/** `index.yml` (`### YamlMime:Landing`): its title and summary, and each `landingContent` card's links. */
export function parseLanding(text: string): Parsed<LandingSource> {
  const parsed = yamlOf(text);
  if (parsed.error !== null) return parsed;
  if (!isRecord(parsed.value)) return { value: null, error: '1:1: not a landing page' };
  const cards = Array.isArray(parsed.value.landingContent) ? parsed.value.landingContent : [];
  const sections = cards.flatMap((card) => {
    if (!isRecord(card)) return [];
    const lists = Array.isArray(card.linkLists) ? card.linkLists : [];
    const links = lists.flatMap((list) =>
      isRecord(list) && Array.isArray(list.links)
        ? list.links.flatMap((link) => {
            if (!isRecord(link)) return [];
            const [text, url] = [textOf(link.text), textOf(link.url)];
            return text === '' ? [] : [{ text, url }];
          })
        : [],
    );
    const title = textOf(card.title);
    return title === '' || links.length === 0 ? [] : [{ title, links }];
  });
  return {
    value: { title: textOf(parsed.value.title), summary: textOf(parsed.value.summary), sections },
    error: null,
  };
}
