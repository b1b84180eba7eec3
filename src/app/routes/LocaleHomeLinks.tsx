import { Link } from 'react-router';
import { homePath } from '../../domain/routes';
import { manifest } from '../../lib/content/article-store';

/** Every locale's home page, for `hreflang` alternates. */
export const homeAlternates = manifest.locales.map((option) => ({
  hrefLang: option.htmlLang,
  path: homePath(option.id),
}));

/** A link to every locale's home page, each named in its own language. */
export function LocaleHomeLinks() {
  return (
    <ul>
      {manifest.locales.map((option) => (
        <li key={option.id} lang={option.htmlLang}>
          <Link to={homePath(option.id)}>{option.nativeName}</Link>
        </li>
      ))}
    </ul>
  );
}
