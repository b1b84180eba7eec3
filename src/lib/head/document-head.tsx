import { createContext, useContext, useEffect, useLayoutEffect } from 'react';

export interface HeadData {
  title: string;
  /** BCP 47 `lang` of the page (`zh-TW`). */
  lang: string;
  description: string;
  /** Site-relative path of this page. */
  canonicalPath: string;
  /** One entry per locale this page exists in. */
  alternates: { hrefLang: string; path: string }[];
}

/** Server rendering passes a collector here; in the browser the head is updated in place. */
export const HeadCollectorContext = createContext<{ head: HeadData | null } | null>(null);

const SITE_ORIGIN: string = import.meta.env.VITE_SITE_ORIGIN ?? 'http://127.0.0.1:4173';

export function absoluteUrl(path: string): string {
  return new URL(path, SITE_ORIGIN).toString();
}

/** Declares the document head of the page being rendered: title, `<html lang>`, description, alternates. */
export function DocumentHead(props: HeadData) {
  const collector = useContext(HeadCollectorContext);
  if (collector) collector.head = props;
  const { title, lang, description, canonicalPath } = props;
  const alternates = JSON.stringify(props.alternates);
  // With the page itself: the language of everything on it that does not say its own.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // Once the page has rendered: nothing here is on screen.
  useEffect(() => {
    document.title = title;
    headElement('meta', 'name', 'description').content = description;
    headElement('link', 'rel', 'canonical').href = absoluteUrl(canonicalPath);
    updateAlternates(JSON.parse(alternates) as HeadData['alternates']);
  }, [title, description, canonicalPath, alternates]);
  return null;
}

/**
 * Sets the `<link rel="alternate" hreflang>` elements to `alternates`, changing the ones already there in
 * place: adding or removing a link in the head makes the browser look at the page's icons again.
 */
function updateAlternates(alternates: HeadData['alternates']) {
  const existing = new Map(
    [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]')].map((link) => [
      link.hreflang,
      link,
    ]),
  );
  for (const { hrefLang, path } of alternates) {
    const link = existing.get(hrefLang) ?? document.head.appendChild(document.createElement('link'));
    existing.delete(hrefLang);
    link.rel = 'alternate';
    link.hreflang = hrefLang;
    const href = absoluteUrl(path);
    if (link.href !== href) link.href = href;
  }
  for (const link of existing.values()) link.remove();
}

function headElement<K extends 'meta' | 'link'>(tag: K, attribute: string, value: string) {
  const existing = document.head.querySelector<HTMLElementTagNameMap[K]>(`${tag}[${attribute}="${value}"]`);
  if (existing) return existing;
  const created = document.createElement(tag);
  created.setAttribute(attribute, value);
  document.head.append(created);
  return created;
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The head as HTML, for prerendering. Every value is escaped: titles come from content files. */
export function headHtml(head: HeadData): string {
  return [
    `<title>${escapeHtml(head.title)}</title>`,
    `<meta name="description" content="${escapeHtml(head.description)}">`,
    `<link rel="canonical" href="${escapeHtml(absoluteUrl(head.canonicalPath))}">`,
    ...head.alternates.map(
      ({ hrefLang, path }) =>
        `<link rel="alternate" hreflang="${escapeHtml(hrefLang)}" href="${escapeHtml(absoluteUrl(path))}">`,
    ),
  ].join('');
}
