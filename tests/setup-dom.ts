import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

/**
 * The search's shards are files the build writes and a server sends (`/assets/search/…`): jsdom has no
 * server, so its fetch answers them from the files the search index plugin makes (`virtual:search-shard-files`).
 */
let shardFiles: Promise<Map<string, string>> | undefined;
const networkFetch = globalThis.fetch;
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
