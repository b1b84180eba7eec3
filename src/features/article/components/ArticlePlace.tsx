import { htmlLangOf } from '../../../domain/locales';
import type { ArticlePlace, PlaceLink } from '../../../domain/navigation';
import { articlePath, homePath } from '../../../domain/routes';
import { useStrings } from '../../../lib/i18n/use-strings';
import { Link } from 'react-router';

/** Home › section › subsection: where the article sits in its locale's table of contents. */
export function ArticleBreadcrumb({ place }: { place: ArticlePlace }) {
  const { t, lang, locale } = useStrings('article');
  return (
    <nav className="breadcrumb" aria-label={t('place.breadcrumb')} lang={lang}>
      <ol>
        <li>
          <Link to={homePath(locale)}>{t('place.home')}</Link>
        </li>
        {place.trail.map((section, index) => (
          <li key={index} lang={htmlLangOf(section.lang)}>
            {section.slug === null ? (
              section.name
            ) : (
              <Link to={articlePath(locale, section.slug)}>{section.name}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The articles before and after this one in the table of contents. */
export function ArticleNeighbours({ place }: { place: ArticlePlace }) {
  const { t, lang, locale } = useStrings('article');
  const item = (link: PlaceLink | null, kind: 'previous' | 'next') =>
    link && (
      <li className={`neighbour-${kind}`}>
        <Link to={articlePath(locale, link.slug)} rel={kind === 'previous' ? 'prev' : 'next'}>
          <span className="neighbour-label">{t(`place.${kind}`)}</span>
          <span lang={htmlLangOf(link.lang)}>{link.name}</span>
        </Link>
      </li>
    );
  if (!place.previous && !place.next) return null;
  return (
    <nav className="article-neighbours" aria-label={t('place.neighbours')} lang={lang}>
      <ul>
        {item(place.previous, 'previous')}
        {item(place.next, 'next')}
      </ul>
    </nav>
  );
}
