import { Link, useLocation } from 'react-router';
import type { LocaleId } from '../../../domain/article';
import { dateTextOf } from '../../../domain/article-date';
import { htmlLangOf, localeInfoOf } from '../../../domain/locales';
import { articlePath } from '../../../domain/routes';
import type { ArticleIndex } from '../../../lib/content/article-store';
import { DocumentHead } from '../../../lib/head/document-head';
import { Slotted } from '../../../lib/i18n/slotted';
import { useStrings } from '../../../lib/i18n/use-strings';

/**
 * `/<locale>/articles/<slug>` in a locale the article has no version in: says so in the reader's language
 * and links to every version that exists, each named in its own language, with its review date.
 */
export function VersionsElsewhere({ index }: { index: ArticleIndex }) {
  const { t, lang, locale } = useStrings('article');
  const app = useStrings('app');
  const { search, hash } = useLocation();
  // Named in the language of the sentence around it (English where the locale has no UI strings yet).
  const language = languageNameIn(lang, locale);
  const title = t('missing.title', { language });
  const first = index.versions[0];
  return (
    <div className="not-available" lang={lang}>
      <DocumentHead
        title={`${title} | ${app.t('siteName')}`}
        lang={htmlLangOf(locale)}
        description={title}
        // The versions are the pages to index, not this one.
        canonicalPath={first ? articlePath(first.locale, index.slug) : articlePath(locale, index.slug)}
        alternates={index.versions.map((version) => ({
          hrefLang: htmlLangOf(version.locale),
          path: articlePath(version.locale, index.slug),
        }))}
      />
      <h1 tabIndex={-1}>{title}</h1>
      <p>{t('missing.body')}</p>
      <ul className="not-available-versions">
        {index.versions.map((version) => {
          const info = localeInfoOf(version.locale);
          const date = dateTextOf(version.date, locale);
          return (
            <li key={version.locale}>
              <Link
                to={{ pathname: articlePath(version.locale, index.slug), search, hash }}
                hrefLang={info.htmlLang}
                lang={info.htmlLang}
              >
                <span className="not-available-language">{info.nativeName}</span>
                <span className="not-available-heading">{version.heading}</span>
              </Link>{' '}
              <span className="not-available-date">
                {version.date && date ? (
                  <Slotted
                    template={t('missing.reviewed', { skipInterpolation: true })}
                    slots={{ date: <time dateTime={version.date}>{date}</time> }}
                  />
                ) : (
                  t('missing.noDate')
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A language's name as `uiLang` writes it (`中文（中国）` in zh-CN), for text in that language. */
function languageNameIn(uiLang: string, locale: LocaleId): string {
  return (
    new Intl.DisplayNames([uiLang], { type: 'language' }).of(htmlLangOf(locale)) ??
    localeInfoOf(locale).nativeName
  );
}
