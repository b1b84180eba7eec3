import { describe, expect, it } from 'vitest';
import { sentenceAnchorId, sentenceKeyOf } from '../../src/domain/sentence-key';

describe('sentence keys', () => {
  it('collapses whitespace, NBSP and line breaks so the same English aligns across files', () => {
    expect(sentenceKeyOf('  Next\u00a0steps\r\n and  more ')).toBe('Next steps and more');
  });

  it('gives a stable, URL-safe anchor per key and different anchors for different keys', () => {
    expect(sentenceAnchorId('Next steps')).toMatch(/^s-[0-9a-f]{8}$/);
    expect(sentenceAnchorId('Next steps')).toBe(sentenceAnchorId('Next steps'));
    expect(sentenceAnchorId('Next steps')).not.toBe(sentenceAnchorId('Next step'));
  });
});
