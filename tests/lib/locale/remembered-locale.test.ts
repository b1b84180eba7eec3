import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rememberLocaleSoon, rememberedLocale } from '../../../src/lib/locale/remembered-locale';

describe('rememberLocaleSoon', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers();
  });
  afterEach(() => {
    // Leaves no write pending for the next test.
    dispatchEvent(new Event('pagehide'));
    vi.useRealTimers();
  });

  it('writes the choice later, not during the click that made it', () => {
    rememberLocaleSoon('zh-tw');
    expect(rememberedLocale()).toBeNull();
    vi.advanceTimersByTime(1000);
    expect(rememberedLocale()).toBe('zh-tw');
  });

  it('keeps the last of several quick choices', () => {
    rememberLocaleSoon('zh-tw');
    rememberLocaleSoon('zh-cn');
    vi.advanceTimersByTime(1000);
    expect(rememberedLocale()).toBe('zh-cn');
  });

  it('writes at once when the page is left before the browser was idle', () => {
    rememberLocaleSoon('zh-cn');
    dispatchEvent(new Event('pagehide'));
    expect(rememberedLocale()).toBe('zh-cn');
  });

  it('does not throw when the browser refuses storage', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    rememberLocaleSoon('zh-tw');
    expect(() => vi.advanceTimersByTime(1000)).not.toThrow();
    setItem.mockRestore();
  });
});
