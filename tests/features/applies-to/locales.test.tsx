import { describe, expect, it } from 'vitest';
import { KNOWN_CLOUDS, KNOWN_ROLES } from '../../../src/domain/applies-to-values';
import enUs from '../../../src/features/applies-to/locales/en-us.json';
import zhCn from '../../../src/features/applies-to/locales/zh-cn.json';
import zhTw from '../../../src/features/applies-to/locales/zh-tw.json';

// That every key is in every locale is tests/lib/i18n/keys.test.ts's, for every namespace.
describe('applies-to UI strings', () => {
  it('names every known cloud and role in every locale', () => {
    for (const strings of [enUs, zhCn, zhTw]) {
      expect(Object.keys(strings.value.cloud).sort()).toEqual(KNOWN_CLOUDS.map((cloud) => cloud.id).sort());
      expect(Object.keys(strings.value.role).sort()).toEqual(KNOWN_ROLES.map((role) => role.id).sort());
    }
  });
});
