import { describe, expect, it } from 'vitest';
import { isEarlierVersion, type DatedVersion } from '../../src/domain/article-versions';

/** The dates and source versions of the three versions of "Customer communication from Microsoft". */
const zhCn: DatedVersion = { date: '2020-07-10', sourceVersion: '407b133d37d3f1c3ca46c8a9c15b3a75e93f2922' };
const enUs: DatedVersion = { ...zhCn };
const zhTw: DatedVersion = { date: null, sourceVersion: '8861cd36c4e06618d1d98375627aa2ca2141d083' };
const versions = [enUs, zhCn, zhTw];

describe('isEarlierVersion', () => {
  it('is true for zh-tw, translated from an older source without a date', () => {
    expect(isEarlierVersion(zhTw, versions)).toBe(true);
  });

  it('is false for zh-cn, the newest source', () => {
    expect(isEarlierVersion(zhCn, versions)).toBe(false);
  });

  it('is false for en-us, which shares the newest source version', () => {
    expect(isEarlierVersion(enUs, versions)).toBe(false);
  });

  it('is false for en-us even when it carries no date of its own', () => {
    const undatedEnUs = { ...enUs, date: null };
    expect(isEarlierVersion(undatedEnUs, [undatedEnUs, zhCn, zhTw])).toBe(false);
  });

  it('compares dated versions by date', () => {
    const older = { date: '2019-01-31', sourceVersion: 'a' };
    const newer = { date: '2019-02-01', sourceVersion: 'b' };
    expect(isEarlierVersion(older, [older, newer])).toBe(true);
    expect(isEarlierVersion(newer, [older, newer])).toBe(false);
  });

  it('is false for every version when no version has a date', () => {
    const a = { date: null, sourceVersion: 'a' };
    const b = { date: null, sourceVersion: 'b' };
    expect(isEarlierVersion(a, [a, b])).toBe(false);
    expect(isEarlierVersion(b, [a, b])).toBe(false);
  });

  it('takes the article itself into account when the list does not hold it', () => {
    expect(isEarlierVersion(zhCn, [zhTw])).toBe(false);
    expect(isEarlierVersion(zhTw, [zhCn])).toBe(true);
  });
});
