import { describe, expect, it } from 'vitest';
import { FILTER_PARAMS, hasFilterParams } from '../../src/domain/filter-params';

describe('hasFilterParams', () => {
  it('is false for a query without cloud or role', () => {
    expect(hasFilterParams(new URLSearchParams(''))).toBe(false);
    expect(hasFilterParams(new URLSearchParams('topic=billing&clouds=x'))).toBe(false);
  });

  it('is true for any value of either parameter, even empty or unknown ones', () => {
    for (const query of [
      'cloud=us-government',
      'role=helpdesk-agent',
      'cloud=',
      'role=<b>x</b>',
      'x=1&role',
    ]) {
      expect(hasFilterParams(new URLSearchParams(query)), query).toBe(true);
    }
  });

  it('names cloud before role, the order links write them', () => {
    expect(FILTER_PARAMS).toEqual(['cloud', 'role']);
  });
});
