import { describe, expect, it } from 'vitest';
import { dateTextOf } from '../../src/domain/article-date';

describe('dateTextOf', () => {
  it('writes the date as each version’s language does', () => {
    expect(dateTextOf('2020-07-10', 'en-us')).toBe('July 10, 2020');
    expect(dateTextOf('2020-07-10', 'zh-cn')).toBe('2020年7月10日');
    expect(dateTextOf('2020-07-10', 'zh-tw')).toBe('2020年7月10日');
  });

  it('keeps the calendar day whatever the time zone (formatted as UTC)', () => {
    expect(dateTextOf('2021-01-01', 'en-us')).toBe('January 1, 2021');
    expect(dateTextOf('2019-12-31', 'en-us')).toBe('December 31, 2019');
  });

  it('is null for a version without a date', () => {
    expect(dateTextOf(null, 'zh-tw')).toBeNull();
  });
});
