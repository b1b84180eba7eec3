import { describe, expect, it } from 'vitest';
import { keepOriginal, withOriginal } from '../../src/domain/original-param';

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

describe('keepOriginal', () => {
  it('adds original=1 to a wizard link while the originals are on, and leaves it as it was when off', () => {
    expect(keepOriginal('?cloud=germany&change=cloud', true)).toBe('?cloud=germany&change=cloud&original=1');
    expect(keepOriginal('', true)).toBe('?original=1');
    expect(keepOriginal('?cloud=germany', false)).toBe('?cloud=germany');
    expect(keepOriginal('', false)).toBe('');
  });
});
