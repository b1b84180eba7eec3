import { describe, expect, it } from 'vitest';
import { parseLanding, parseTocMarkdown, parseTocYaml } from '../../../src/content/navigation/toc-sources';

describe('Microsoft’s navigation files', () => {
  it('reads a Markdown TOC’s headings as entries nested by level, a heading without a link as a section', () => {
    const text =
      '# [公告](index.md)\n## 2021\n### [2021 年 3 月](2021-march.md)\nnot a heading\n# [舊公告](old.md "title")';
    expect(parseTocMarkdown(text)).toEqual([
      {
        name: '公告',
        href: 'index.md',
        items: [
          { name: '2021', href: null, items: [{ name: '2021 年 3 月', href: '2021-march.md', items: [] }] },
        ],
      },
      { name: '舊公告', href: 'old.md', items: [] },
    ]);
  });

  it('keeps a YAML TOC’s names as written (whitespace collapsed) and lifts the entries of a nameless one', () => {
    const text =
      '\uFEFF- name: "  Ein   Name "\n  href: a.md\n- items:\n  - name: Kind\n    href: b.md\n- name: 42\n';
    expect(parseTocYaml(text)).toEqual({
      value: [
        { name: 'Ein Name', href: 'a.md', items: [] },
        { name: 'Kind', href: 'b.md', items: [] },
      ],
      error: null,
    });
  });

  it('says why a TOC or landing page is unreadable', () => {
    expect(parseTocYaml('name: not a list').error).toBe('1:1: not a list of entries');
    expect(parseLanding('- a list').error).toBe('1:1: not a landing page');
  });
});
