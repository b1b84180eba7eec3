import { describe, expect, it } from 'vitest';
import { KNOWN_CLOUDS, KNOWN_ROLES } from '../../../src/domain/applies-to-values';
import enUs from '../../../src/features/applies-to/locales/en-us.json';
import zhCn from '../../../src/features/applies-to/locales/zh-cn.json';
import zhTw from '../../../src/features/applies-to/locales/zh-tw.json';

/** Every key path, plural forms folded into one (English has `_one` and `_other`, Chinese only `_other`). */
function keysOf(strings: object, prefix = ''): string[] {
  return Object.entries(strings)
    .flatMap(([key, value]) =>
      typeof value === 'object' && value !== null
        ? keysOf(value, `${prefix}${key}.`)
        : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`],
    )
    .filter((key, index, all) => all.indexOf(key) === index)
    .sort();
}

describe('applies-to UI strings', () => {
  it('has every string in zh-cn and zh-tw that en-us has, so nothing falls back to English unmarked', () => {
    expect(keysOf(zhCn)).toEqual(keysOf(enUs));
    expect(keysOf(zhTw)).toEqual(keysOf(enUs));
  });

  it('names every known cloud and role in every locale', () => {
    for (const strings of [enUs, zhCn, zhTw]) {
      expect(Object.keys(strings.value.cloud).sort()).toEqual(KNOWN_CLOUDS.map((cloud) => cloud.id).sort());
      expect(Object.keys(strings.value.role).sort()).toEqual(KNOWN_ROLES.map((role) => role.id).sort());
    }
  });
});
