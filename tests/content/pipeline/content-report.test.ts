import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../../src/content/pipeline/content-problem';
import { formatContentReport, isStrict, strictFailureOf } from '../../../src/content/pipeline/content-report';

const cwd = '/site';
const problem = (overrides: Partial<ContentProblem>): ContentProblem => ({
  code: 'mailto-link',
  severity: 'warning',
  file: '/site/content/widgets/zh-cn.md',
  line: 12,
  column: 3,
  what: 'a mailto: link',
  done: 'kept as text',
  ...overrides,
});

describe('the content report', () => {
  it('groups problems by kind with counts, in file and line order, and ends with the summary line', () => {
    const report = formatContentReport(
      {
        pages: 5,
        files: 4,
        problems: [
          problem({ line: 30, column: null }),
          problem({ file: '/site/content/gadgets/de-de.md', line: 4 }),
          problem({
            code: 'not-utf8',
            severity: 'skip',
            file: '/site/content/bad/zh-cn.md',
            line: null,
            column: null,
            what: 'the file is not UTF-8 text',
            done: 'file skipped',
          }),
          problem({
            code: 'bad-slug-folder',
            severity: 'skip',
            file: '/elsewhere/wid gets',
            line: null,
            column: null,
            what: '"wid gets" is not a page name',
            done: 'folder skipped',
          }),
        ],
      },
      cwd,
    );
    expect(report.split('\n')).toEqual([
      'bad-slug-folder: 1 file skipped',
      '  /elsewhere/wid gets: "wid gets" is not a page name — folder skipped',
      'mailto-link: 2 warnings',
      `  ${path.join('content', 'gadgets', 'de-de.md')}:4:3: a mailto: link — kept as text`,
      `  ${path.join('content', 'widgets', 'zh-cn.md')}:30: a mailto: link — kept as text`,
      'not-utf8: 1 file skipped',
      `  ${path.join('content', 'bad', 'zh-cn.md')}: the file is not UTF-8 text — file skipped`,
      '5 pages from 4 files, 2 warnings, 2 files skipped',
    ]);
  });

  it('is its summary line alone when nothing was found', () => {
    expect(formatContentReport({ pages: 3, files: 2, problems: [] }, cwd)).toBe(
      '3 pages from 2 files, 0 warnings, 0 files skipped',
    );
  });

  it('fails a strict build on any warning or skip, and lets a clean one through', () => {
    expect(strictFailureOf({ pages: 3, files: 2, problems: [] })).toBeNull();
    expect(strictFailureOf({ pages: 3, files: 2, problems: [problem({})] })).toBe(
      'CONTENT_STRICT=1: the content has problems (3 pages from 2 files, 1 warnings, 0 files skipped); see the report above',
    );
    expect([isStrict({ CONTENT_STRICT: '1' }), isStrict({ CONTENT_STRICT: '0' }), isStrict({})]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
