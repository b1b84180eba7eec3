import { describe, expect, it } from 'vitest';
import { fnv1aHex } from '../../src/domain/hash';

describe('fnv1aHex', () => {
  it('gives the published FNV-1a 32-bit test vectors, as 8 hex digits', () => {
    // Vectors from the FNV reference (http://www.isthe.com/chongo/tech/comp/fnv/): links depend on them.
    expect(fnv1aHex('')).toBe('811c9dc5');
    expect(fnv1aHex('a')).toBe('e40c292c');
    expect(fnv1aHex('foobar')).toBe('bf9cf968');
  });

  it('tells apart values that differ in one character, Han included', () => {
    expect(fnv1aHex('德国')).not.toBe(fnv1aHex('德國'));
    expect(fnv1aHex('德国')).toMatch(/^[0-9a-f]{8}$/);
  });
});
