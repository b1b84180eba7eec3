import { expect, test } from 'vitest';
import { routablePath } from '../../../src/lib/url/routable-path';

test.each([
  ['/en-us/a%E2%80%A8b%E2%80%A9c', '/en-us/a%EF%BF%BDb%EF%BF%BDc'],
  ['/en-us/a%0Ab', '/en-us/a%EF%BF%BDb'],
  ['/zh-cn/a%0d%0a', '/zh-cn/a%EF%BF%BD%EF%BF%BD'],
  ['/zh-tw/who-contacts-my-customer/%e2%80%a9', '/zh-tw/who-contacts-my-customer/%EF%BF%BD'],
])('%s → %s (no route matches a line terminator)', (path, routable) => {
  expect(routablePath(path)).toBe(routable);
});

test.each([
  '/en-us/',
  '/zh-cn/articles/customer-communication-from-microsoft',
  '/en-us/%E4%B8%AD',
  '/en-us/%0B',
])('%s is left as it is', (path) => expect(routablePath(path)).toBe(path));
