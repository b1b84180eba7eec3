import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// The component files share one jsdom per worker (`isolate: false` in vitest.config.ts: a fresh jsdom per
// file was five sixths of the project's time): each file starts with fresh modules and a blank document.
vi.resetModules();
// The same <body> element, emptied: Testing Library's `screen` holds it.
for (const element of [document.documentElement, document.head, document.body]) {
  for (const name of element.getAttributeNames()) element.removeAttribute(name);
}
document.head.replaceChildren();
document.body.replaceChildren();
window.history.replaceState(null, '', '/');
// `findBy…` and `waitFor` end as soon as their condition holds; beside the browsers (in `npm test`) a
// lazy module can take more than the default second to arrive.
configure({ asyncUtilTimeout: 5_000 });

/**
 * The search's shards are files the build writes and a server sends (`/assets/search/…`): jsdom has no
 * server, so its fetch answers them from the files the search index plugin makes (`virtual:search-shard-files`).
 */
let shardFiles: Promise<Map<string, string>> | undefined;
const NETWORK_FETCH = Symbol.for('setup-dom: the network fetch');
const shared = globalThis as typeof globalThis & { [NETWORK_FETCH]?: typeof fetch };
// Wrapped once: this file runs again for each test file, in the same global scope.
const networkFetch = (shared[NETWORK_FETCH] ??= globalThis.fetch);
globalThis.fetch = async (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (!url.startsWith('/assets/search/')) return networkFetch(input, init);
  shardFiles ??= import('virtual:search-shard-files').then((module) => module.default);
  const text = (await shardFiles).get(url.slice(1));
  return text === undefined
    ? new Response('not found', { status: 404 })
    : new Response(text, { headers: { 'Content-Type': 'application/json' } });
};

afterEach(() => {
  cleanup();
  localStorage.clear();
});
