import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../../../src/domain/applies-to';
import { filterOfQuery, filterToParams } from '../../../src/domain/url-input/filter';
import { parseUrlInput } from '../../../src/domain/url-input/parse';

const KNOWN = {
  clouds: ['partner-center', 'us-government', 'germany'],
  roles: ['helpdesk-agent', 'global-admin', 'advisor', 'global'],
  aliases: {
    clouds: { 'partner-center-for-microsoft-global-cloud': 'partner-center', 'csp-partners': 'csp' },
    roles: { advisors: 'advisor', 'global-admins': 'global-admin', global: 'global-admin' },
  },
};

/** The filter a query gives and what it drops, on both pages that read the filter (they must agree). */
function parse(query: string) {
  const [home, article] = (['home', 'article'] as const).map((route) => {
    const { params, dropped } = parseUrlInput(route, { search: query }, KNOWN);
    return { filter: { cloud: params.cloud ?? null, role: params.role ?? null }, rejected: dropped };
  });
  expect(article).toEqual(home);
  expect(filterOfQuery(query, KNOWN)).toEqual(home?.filter);
  return home ?? { filter: NO_FILTER, rejected: [] };
}

describe('the applies-to filter in a URL (home and article)', () => {
  it('reads a known cloud and role', () => {
    expect(parse('cloud=germany&role=helpdesk-agent')).toEqual({
      filter: { cloud: 'germany', role: 'helpdesk-agent' },
      rejected: [],
    });
  });

  it('gives no filter for an empty query', () => {
    expect(parse('')).toEqual({ filter: NO_FILTER, rejected: [] });
  });

  it('treats an empty value as no filter without reporting it', () => {
    expect(parse('cloud=&role=')).toEqual({ filter: NO_FILTER, rejected: [] });
  });

  it('reads a merged spelling’s id as the value it merged into, in any case, without a notice', () => {
    expect(parse('cloud=partner-center-for-microsoft-global-cloud&role=Advisors%20')).toEqual({
      filter: { cloud: 'partner-center', role: 'advisor' },
      rejected: [],
    });
    expect(parse('role=global-admins').filter.role).toBe('global-admin');
  });

  it('prefers a value’s own id to an alias of the same name, and reports an alias of no offered value', () => {
    expect(parse('role=global').filter.role).toBe('global');
    expect(parse('cloud=csp-partners')).toEqual({
      filter: NO_FILTER,
      rejected: [{ param: 'cloud', value: 'csp-partners', reason: 'unknown-value' }],
    });
  });

  it('accepts ids in any case and with surrounding spaces', () => {
    expect(parse('cloud=%20Germany%20').filter.cloud).toBe('germany');
  });

  it('ignores and reports an unknown cloud while keeping a valid role', () => {
    expect(parse('cloud=mars&role=helpdesk-agent')).toEqual({
      filter: { cloud: null, role: 'helpdesk-agent' },
      rejected: [{ param: 'cloud', value: 'mars', reason: 'unknown-value' }],
    });
  });

  it('ignores and reports an unknown role while keeping a valid cloud', () => {
    expect(parse('cloud=germany&role=janitor')).toEqual({
      filter: { cloud: 'germany', role: null },
      rejected: [{ param: 'role', value: 'janitor', reason: 'unknown-value' }],
    });
  });

  it('does not accept a role id as a cloud or a cloud id as a role', () => {
    expect(parse('cloud=helpdesk-agent&role=germany').filter).toEqual(NO_FILTER);
  });

  it('treats HTML as just an unknown value, reported verbatim for the UI to show as text', () => {
    const html = '<script>alert(1)</script>';
    expect(parse(`cloud=${encodeURIComponent(html)}`)).toEqual({
      filter: NO_FILTER,
      rejected: [{ param: 'cloud', value: html, reason: 'unknown-value' }],
    });
  });

  it('treats a very long string as just an unknown value', () => {
    const long = 'germany'.repeat(2000);
    const { filter, rejected } = parse(`role=${long}`);
    expect(filter).toEqual(NO_FILTER);
    expect(rejected).toEqual([{ param: 'role', value: long, reason: 'unknown-value' }]);
  });

  it('takes the first valid value of a repeated parameter and reports the others', () => {
    expect(parse('cloud=mars&cloud=germany&cloud=partner-center')).toEqual({
      filter: { cloud: 'germany', role: null },
      rejected: [
        { param: 'cloud', value: 'mars', reason: 'unknown-value' },
        { param: 'cloud', value: 'partner-center', reason: 'repeated' },
      ],
    });
  });

  it('only accepts the values it is told are known', () => {
    expect(filterOfQuery('cloud=germany', { clouds: ['partner-center'], roles: [] }).cloud).toBeNull();
  });

  it('leaves other parameters alone', () => {
    expect(parse('q=billing&topic=incident')).toEqual({ filter: NO_FILTER, rejected: [] });
  });
});

describe('filterToParams', () => {
  it('writes only the set values, cloud first', () => {
    expect(filterToParams({ cloud: 'germany', role: 'helpdesk-agent' }).toString()).toBe(
      'cloud=germany&role=helpdesk-agent',
    );
    expect(filterToParams({ cloud: null, role: 'helpdesk-agent' }).toString()).toBe('role=helpdesk-agent');
    expect(filterToParams(NO_FILTER).toString()).toBe('');
  });

  it('round-trips through the parser', () => {
    const filter = { cloud: 'us-government', role: 'global-admin' };
    expect(parse(filterToParams(filter).toString())).toEqual({
      filter,
      rejected: [],
    });
  });
});
