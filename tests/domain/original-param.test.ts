import { describe, expect, it } from 'vitest';
import { withOriginal } from '../../src/domain/original-param';

describe('withOriginal', () => {
  it('adds original=1 after the wizard answers and keeps them in their order', () => {
    const query = new URLSearchParams('cloud=partner-center&topic=incident');
    expect(withOriginal(query, true).toString()).toBe('cloud=partner-center&topic=incident&original=1');
  });

  it('removes it, whatever value a hand-written link gave it, and leaves the rest', () => {
    expect(withOriginal(new URLSearchParams('original=yes&role=admin'), false).toString()).toBe('role=admin');
    expect(withOriginal(new URLSearchParams('original=1'), false).toString()).toBe('');
  });

  it('writes 1 over any other value when turned on, once', () => {
    expect(withOriginal(new URLSearchParams('original=0&original=2'), true).toString()).toBe('original=1');
  });
});
