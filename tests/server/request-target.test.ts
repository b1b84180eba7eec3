import { describe, expect, test } from 'vitest';
import {
  candidateFiles,
  canonicalRequest,
  caseRedirect,
  isInternalPath,
  localeOfPath,
  parseRequestTarget,
  // @ts-expect-error -- plain ESM script shared by the servers
} from '../../scripts/server/request-target.mjs';

describe('parseRequestTarget', () => {
  test.each([
    '//a:99999/',
    'http://a:99999/',
    '//[/',
    '//a%/',
    '*',
    '',
    'en-us/',
    '/en-us/%',
    '/en-us/%E0%A4%A',
    '/en-us/%00',
    '/en-us/a%5cb',
    '/en-us/..%2f..%2fetc',
    '/%2e%2e/etc/passwd',
    '/en-us/%2e%2E/%2E./x',
    'http://h/../../x',
  ])('refuses %j', (target) => {
    expect(parseRequestTarget(target)).toBeNull();
  });

  test.each([
    ['/en-us/', { pathname: '/en-us/', rawPathname: '/en-us/', search: '' }],
    ['/en-us/../zh-cn/?a=1', { pathname: '/zh-cn/', rawPathname: '/zh-cn/', search: '?a=1' }],
    ['/zh-cn/%E4%B8%AD', { pathname: '/zh-cn/中', rawPathname: '/zh-cn/%E4%B8%AD', search: '' }],
    ['/en-us/a%0Ab', { pathname: '/en-us/a\nb', rawPathname: '/en-us/a%0Ab', search: '' }],
    ['http://example.com/zh-tw/x?y', { pathname: '/zh-tw/x', rawPathname: '/zh-tw/x', search: '?y' }],
  ])('reads %j', (target, expected) => {
    expect(parseRequestTarget(target)).toEqual(expected);
  });
});

describe('isInternalPath', () => {
  test.each([
    '/query-pages.json',
    '/en-us/__query/cloud=germany.html',
    '/zh-cn/404.html',
    '/404.html',
    '/.vite/manifest.json',
    '/.server/inline-hashes.json',
    '/assets/index-abc.js.br',
    '/en-us/index.html.gz',
  ])('%s is internal', (pathname) => expect(isInternalPath(pathname)).toBe(true));

  test.each(['/en-us/', '/assets/index-abc.js', '/embed-config.json', '/robots.txt', '/zh-cn/articles/x'])(
    '%s is public',
    (pathname) => expect(isInternalPath(pathname)).toBe(false),
  );
});

test('localeOfPath names only a locale the build has', () => {
  const locales = ['en-us', 'zh-cn'];
  expect(localeOfPath('/zh-cn/x', locales)).toBe('zh-cn');
  expect(localeOfPath('/zh-cn', locales)).toBe('zh-cn');
  expect(localeOfPath('/zh-tw/x', locales)).toBeNull();
  expect(localeOfPath('/', locales)).toBeNull();
});

test('canonicalRequest drops empty parameters and keeps the order of the rest', () => {
  expect(canonicalRequest('/en-us/', '?role=&cloud=germany')).toBe('/en-us/?cloud=germany');
  expect(canonicalRequest('/en-us/', '?b=2&a=1')).toBe('/en-us/?b=2&a=1');
  expect(canonicalRequest('/en-us/', '?role=')).toBe('/en-us/');
});

test('candidateFiles: as is, .html, /index.html; a trailing slash only index.html', () => {
  expect(candidateFiles('/en-us/articles/x')).toEqual([
    '/en-us/articles/x',
    '/en-us/articles/x.html',
    '/en-us/articles/x/index.html',
  ]);
  expect(candidateFiles('/en-us/')).toEqual(['/en-us/index.html']);
});

describe('caseRedirect: a locale or slug in other case has one spelling to redirect to', () => {
  const locales = ['en-us', 'zh-cn', 'zh-tw'];
  const slugs = ['customer-communication-from-microsoft'];
  test.each([
    ['/zh-TW/', '/zh-tw/'],
    ['/ZH-TW', '/zh-tw'],
    ['/EN-US/who-contacts-my-customer', '/en-us/who-contacts-my-customer'],
    [
      '/en-us/articles/Customer-Communication-From-Microsoft',
      '/en-us/articles/customer-communication-from-microsoft',
    ],
    [
      '/Zh-Cn/articles/CUSTOMER-COMMUNICATION-FROM-MICROSOFT/',
      '/zh-cn/articles/customer-communication-from-microsoft/',
    ],
    // Only the locale and the slug: the rest of the path is left as written.
    ['/EN-US/Who-Contacts-My-Customer', '/en-us/Who-Contacts-My-Customer'],
  ])('%s → %s', (path, canonical) => {
    expect(caseRedirect(path, locales, slugs)).toBe(canonical);
  });

  test.each([
    '/zh-tw/',
    '/en-us/articles/customer-communication-from-microsoft',
    '/EN-GB/',
    '/en-us/articles/No-Such-Article',
    '/assets/Index-ABC.js',
    '/',
    '',
  ])('%s: nothing to redirect', (path) => {
    expect(caseRedirect(path, locales, slugs)).toBeNull();
  });
});
