import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Client-side navigation does not move the browser's `:target`, so a link to `#s-…` (a cited sentence)
 * scrolls to and marks the element itself. Also runs on first load, after hydration.
 */
export function useHighlightedSentence(): void {
  const { hash } = useLocation();
  useEffect(() => {
    const id = decodeURIComponent(hash.slice(1));
    if (!id) return;
    const element = document.getElementById(id);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    if (!element.classList.contains('sentence')) return;
    element.setAttribute('data-highlighted', '');
    return () => element.removeAttribute('data-highlighted');
  }, [hash]);
}
