// @vitest-environment node
// The same table of requests against `npm start`'s server and against real nginx with deploy/nginx.conf:
// status, the help center's own page for anything refused, and the security headers on every response.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// @ts-expect-error -- plain ESM script shared with `npm start`
import { createSiteServer, listen } from '../../scripts/serve.mjs';
import { startNginx, type RunningNginx } from '../server/support/nginx';
import { rawRequest, type RawResponse } from '../server/support/raw-request';
import {
  largestAsset,
  searchShard,
  servingTable,
  type ServingRow,
  type Target,
} from '../server/support/serving-table';

const DIST = 'dist';
const asset = largestAsset(DIST);
const rows = servingTable(asset.url, searchShard(DIST));

/** Inline scripts (not JSON data blocks) and styles of a page, as the browser hashes them. */
function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  const visit = (node: {
    type: string;
    tagName?: string;
    properties?: Record<string, unknown>;
    children?: unknown[];
    value?: string;
  }) => {
    if (node.type === 'element' && (node.tagName === 'script' || node.tagName === 'style')) {
      const text = (node.children as { value?: string }[]).map((child) => child.value ?? '').join('');
      const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
      const data = /json/.test(String(node.properties?.type ?? ''));
      if (node.tagName === 'style') styles.push(hash);
      else if (node.properties?.src === undefined && !data) scripts.push(hash);
    }
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(fromHtml(html) as unknown as Parameters<typeof visit>[0]);
  return { scripts, styles };
}

type HastNode = { type: string; tagName?: string; value?: string; children?: HastNode[] };

const textOf = (node: HastNode): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

/** The text of the page's first `<h1>`, as the reader sees it. */
function firstHeading(html: string): string | undefined {
  const find = (node: HastNode): HastNode | undefined =>
    node.tagName === 'h1' ? node : (node.children ?? []).map(find).find(Boolean);
  const heading = find(fromHtml(html) as unknown as HastNode);
  return heading && textOf(heading);
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

function expectSecurityHeaders(response: RawResponse) {
  const policy = String(response.headers['content-security-policy'] ?? '');
  const csp = directives(policy);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  expect(csp.get('form-action')).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'self'"]); // public/embed-config.json allows no host yet
  expect(csp.get('require-trusted-types-for')).toEqual(["'script'"]);
  expect(csp.get('trusted-types')).toEqual(["'none'"]);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes/);
  expect(csp.get('script-src')?.[0]).toBe("'self'");
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
  const permissions = new Map(
    String(response.headers['permissions-policy'] ?? '')
      .split(',')
      .map((entry) => entry.trim().split('=') as [string, string]),
  );
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'clipboard-read']) {
    expect(permissions.get(feature), feature).toBe('()');
  }
  // "Copy reply" and sentence links write to the clipboard.
  expect(permissions.get('clipboard-write')).toBe('(self)');
  return csp;
}

const servers: Partial<Record<Target, string>> = {};
const urlOf = (target: Target): string => {
  const url = servers[target];
  if (!url) throw new Error(`${target} did not start`);
  return url;
};
let node: Server;
let nginx: RunningNginx;

beforeAll(async () => {
  node = createSiteServer(DIST) as Server;
  servers.node = `http://127.0.0.1:${((await listen(node, 0)) as AddressInfo).port}`;
  nginx = await startNginx(DIST);
  servers.nginx = nginx.url;
});

afterAll(async () => {
  await new Promise<void>((resolve) => node.close(() => resolve()));
  await nginx.stop();
});

describe.each(['node', 'nginx'] as const)('%s serving dist/', (target) => {
  test.each(rows.filter((row) => !row.only || row.only === target).map((row) => [row.name, row] as const))(
    '%s',
    async (_name, row: ServingRow) => {
      const response = await rawRequest(urlOf(target), row.target, {
        method: row.method,
        headers: row.headers,
      });
      expect(row.status).toContain(response.status);
      const csp = expectSecurityHeaders(response);
      const type = String(response.headers['content-type'] ?? '');
      const isPage = type.startsWith('text/html');
      const compressed = response.headers['content-encoding'];
      if (row.encoding) {
        expect(compressed).toBe(row.encoding);
        expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
      }
      if (row.cache === 'immutable')
        expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      // nginx decides a Range is unsatisfiable after its headers are set: its 416 keeps the asset's caching
      // (docs/serving.md); caches do not store a 416 for the whole file.
      const nginxRange416 = target === 'nginx' && response.status === 416;
      if (row.cache === 'html' || (isPage && !nginxRange416)) {
        expect(response.headers['cache-control']).toBe('no-cache');
      }
      if (row.allow) expect(response.headers.allow).toBe('GET, HEAD');
      if (row.location) {
        expect(response.headers.location).toBe(row.location);
        const next = await rawRequest(urlOf(target), row.location);
        expect(next.status).toBe(200);
        const html = next.body.toString('utf8');
        if (typeof row.heading === 'string') expect(firstHeading(html)).toBe(row.heading);
        if (row.lang) expect(html).toContain(`<html lang="${row.lang}">`);
        return;
      }
      if (row.check === 'no-body') {
        expect(response.body.length).toBe(0);
        return;
      }
      if (response.status >= 400) expect(type).toMatch(/^text\/html/); // never an empty body
      if (isPage && !compressed) {
        const html = response.body.toString('utf8');
        // Every inline script and style the page has is allowed by hash, so it runs; nothing else would.
        const { scripts, styles } = inlineHashes(html);
        for (const hash of scripts) expect(csp.get('script-src')).toContain(hash);
        for (const hash of styles) expect(csp.get('style-src')).toContain(hash);
        const heading = typeof row.heading === 'string' ? row.heading : row.heading?.[target];
        if (heading) expect(firstHeading(html)).toBe(heading);
        if (row.lang) expect(html).toContain(`<html lang="${row.lang}">`);
        if (row.check === 'query-page') {
          expect(html).toContain('data-prerendered-search="?cloud=partner-center&amp;topic=incident"');
        }
      }
      if (row.check === 'json') expect(JSON.parse(response.body.toString('utf8'))).toBeTypeOf('object');
      const file = readFileSync(asset.file);
      if (row.check === 'range-last-500') {
        expect(response.headers['content-range']).toBe(
          `bytes ${asset.size - 500}-${asset.size - 1}/${asset.size}`,
        );
        expect(response.body.equals(file.subarray(asset.size - 500))).toBe(true);
      }
      if (row.check === 'range-unsatisfiable')
        expect(response.headers['content-range']).toBe(`bytes */${asset.size}`);
      if (row.check === 'whole-or-parts') {
        if (response.status === 200) expect(response.body.equals(file)).toBe(true);
        else expect(type).toMatch(/^multipart\/byteranges/);
      }
    },
  );

  test('a page revalidated with its ETag: 304, headers still there', async () => {
    const first = await rawRequest(urlOf(target), '/en-us/');
    const etag = String(first.headers.etag);
    const again = await rawRequest(urlOf(target), '/en-us/', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expectSecurityHeaders(again);
  });
});
