import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/domain/shorten';

describe('shorten', () => {
  it('keeps a value of at most 40 characters as it is', () => {
    expect(shorten('x'.repeat(40))).toBe('x'.repeat(40));
  });

  it('cuts a longer value to 40 characters and an ellipsis', () => {
    expect(shorten('x'.repeat(20_000))).toBe(`${'x'.repeat(40)}…`);
  });

  it('counts code points, never cutting a character outside the BMP in half', () => {
    const emoji = '😀'.repeat(41);
    const shortened = shorten(emoji);
    expect(shortened).toBe(`${'😀'.repeat(40)}…`);
    expect(shortened).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(shorten('𠮷'.repeat(3), 2)).toBe('𠮷𠮷…');
  });
});
