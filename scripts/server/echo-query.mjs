// A prerendered page is one file for every query string, so without JavaScript it cannot show what was
// asked (the search results page: "You searched for …"). It marks where a query parameter goes with a
// hidden `<p hidden="" data-echo="NAME">label <q></q></p>`; the server writes the parameter into the
// `<q>`, as text, and shows the paragraph. nginx serves the page as built: the paragraph stays hidden.
import path from 'node:path';
import { isBuilt, readBuilt } from './built-file.mjs';

const MARK = /<p hidden="" data-echo="([a-z]+)">([^<]*)<q><\/q><\/p>/g;
/** As the page's own search reads it (src/domain/search-limits.ts): longer is a pasted paragraph. */
const MAX_LENGTH = 200;

const escapeHtml = (text) =>
  text.replace(
    /[&<>"']/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character],
  );

/** Which built pages hold a mark: read once each, on the first request with a query. */
const marked = new Map();
function markedPage(root, relative) {
  if (!marked.has(relative)) {
    const file = path.join(root, relative);
    const html = isBuilt(file) ? readBuilt(file, 'utf8') : '';
    marked.set(relative, html.includes(' data-echo="') ? html : null);
  }
  return marked.get(relative);
}

/** The page with its marked parameters written in, or null when it has no mark or the query none. */
export function echoQuery(root, relative, search) {
  if (!relative.endsWith('.html')) return null;
  const html = markedPage(root, relative);
  if (html === null) return null;
  const params = new URLSearchParams(search);
  let echoed = false;
  const filled = html.replace(MARK, (element, name, label) => {
    const value = Array.from((params.get(name) ?? '').trim())
      .slice(0, MAX_LENGTH)
      .join('');
    if (!value) return element;
    echoed = true;
    return `<p data-echo="${name}">${label}<q>${escapeHtml(value)}</q></p>`;
  });
  return echoed ? Buffer.from(filled) : null;
}
