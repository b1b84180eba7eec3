import { VersionsElsewhere } from '../../features/article/components/VersionsElsewhere';
import { useArticleIndex } from '../../lib/content/article-store';
import type { PageProps } from '../route-types';

/**
 * An article URL in a locale the article lacks: the versions that exist. A chunk of its own, loaded only
 * for those URLs (the route table's `indexParts`), so the article page's first load does not carry it.
 */
export function VersionsElsewhereRoute({ params }: PageProps) {
  const index = useArticleIndex(params.slug ?? '');
  return index ? <VersionsElsewhere index={index} /> : null;
}
