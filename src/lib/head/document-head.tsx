import { createContext, useContext, useEffect } from 'react';

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
  useEffect(() => {
    document.title = title;
    document.documentElement.lang = lang;
    headElement('meta', 'name', 'description').content = description;
    headElement('link', 'rel', 'canonical').href = absoluteUrl(canonicalPath);
    for (const link of document.head.querySelectorAll('link[rel="alternate"][hreflang]')) link.remove();
    for (const alternate of JSON.parse(alternates) as HeadData['alternates']) {
      const link = document.createElement('link');
      link.rel = 'alternate';
      link.hreflang = alternate.hrefLang;
      link.href = absoluteUrl(alternate.path);
      document.head.append(link);
    }
  }, [title, lang, description, canonicalPath, alternates]);
  return null;
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
