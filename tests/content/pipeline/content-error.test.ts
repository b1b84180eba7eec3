import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/content/pipeline/content-error';

describe('ContentError', () => {
  it('formats its message as file:line:column: reason', () => {
    const error = new ContentError({ file: 'a/zh-cn.md', line: 12, column: 3, reason: 'something is wrong' });
    expect(error.message).toBe('a/zh-cn.md:12:3: something is wrong');
    expect(error).toMatchObject({ file: 'a/zh-cn.md', line: 12, column: 3, reason: 'something is wrong' });
  });

  it('leaves out the parts of the location it does not know', () => {
    expect(new ContentError({ file: 'f.md', line: 4, reason: 'r' }).message).toBe('f.md:4: r');
    expect(new ContentError({ file: 'dir', reason: 'r' }).message).toBe('dir: r');
  });

  it('is an Error that can be told apart from other errors', () => {
    const error = new ContentError({ file: 'f.md', line: 1, column: 1, reason: 'r' });
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(ContentError);
    expect(error.name).toBe('ContentError');
  });
});
