/** Parses a source the way the build does, collecting every problem the parser reports. */
import type { Article } from '../../../src/domain/article';
import type { ContentProblem } from '../../../src/content/pipeline/content-problem';
import { parseArticleSource } from '../../../src/content/pipeline/parse-article';

export function parseWithProblems(
  source: string,
  { slug = 'widgets', locale = 'zh-cn', file = 'widgets/zh-cn.md' } = {},
): { article: Article; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const article = parseArticleSource(source, { slug, locale, file, report: (p) => problems.push(p) });
  return { article, problems };
}
