import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { parseUrlInput } from '../../../domain/url-input/parse';

/**
 * Client-side navigation does not move the browser's `:target`, so a link to `#s-…` (a cited sentence)
 * scrolls to and marks the element itself. Also runs on first load, after hydration, and again when the
 * shown version changes (a locale switch keeps the hash, and React may reuse or replace the element).
 */
export function useHighlightedSentence(version: unknown): void {
  const { hash } = useLocation();
  useEffect(() => {
    // The URL parser decodes the fragment, and drops (and reports) one that names nothing the site has.
    const id = parseUrlInput('article', { search: '', hash }).hash;
    if (!id) return;
    const element = document.getElementById(id);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    if (!element.classList.contains('sentence')) return;
    element.setAttribute('data-highlighted', '');
    return () => element.removeAttribute('data-highlighted');
  }, [hash, version]);
}
