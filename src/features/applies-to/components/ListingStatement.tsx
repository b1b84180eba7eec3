import { Link } from 'react-router';
import type { Listing } from '../../../domain/applies-to';
import type { FilterParam } from '../../../domain/filter-params';
import type { LocaleId } from '../../../domain/article';
import { localeInfoOf } from '../../../domain/locales';
import { articlePath } from '../../../domain/routes';
import { manifest, type ArticleListing } from '../../../lib/content/article-store';
import { useStrings } from '../../../lib/i18n/use-strings';
import { hasListFor } from '../filter-values';
import { useValueLabel } from '../hooks/use-value-label';
import { Slotted } from '../../../lib/i18n/slotted';

interface ListingStatementProps {
  param: FilterParam;
  /** The chosen cloud or role. */
  id: string;
  /** Whether `version` lists it (from `matchArticle`). */
  listing: Exclude<Listing, 'no-filter'>;
  /** The version being read. */
  version: ArticleListing;
  /** The other locales whose version lists it (from `matchArticle`). */
  otherLocales: readonly LocaleId[];
  /** A card in the home list speaks of "the article"; the article page of "this version". */
  variant: 'card' | 'page';
  /** The query links keep. */
  search: string;
}

/**
 * One honest sentence about one chosen value: this version lists it, or it does not (and has no such line
 * at all, or lists others), and then which other versions list it, or that none does.
 */
export function ListingStatement(props: ListingStatementProps) {
  return <ListingStatementWith strings={useListingStrings()} {...props} />;
}

/** What a statement reads: read once by a list of many, passed to each (`ListingStatementWith`). */
export function useListingStrings() {
  const { t, lang, locale } = useStrings('applies-to');
  return { t, lang, locale, labelOf: useValueLabel() };
}

export type ListingStrings = ReturnType<typeof useListingStrings>;

export function ListingStatementWith({
  param,
  id,
  listing,
  version,
  otherLocales,
  variant,
  search,
  strings: { t, lang, labelOf },
}: ListingStatementProps & { strings: ListingStrings }) {
  const label = labelOf(param, id, version);
  const value = <span lang={label.lang}>{label.text}</span>;
  if (listing === 'listed') {
    return (
      <li className="applies-to-listed" lang={lang}>
        <Slotted template={t(`match.listed.${param}`, { skipInterpolation: true })} slots={{ value }} />
      </li>
    );
  }
  if (otherLocales.length === 0) {
    return (
      <li className="applies-to-not-listed" lang={lang}>
        <Slotted template={t(`match.nowhere.${param}`, { skipInterpolation: true })} slots={{ value }} />
      </li>
    );
  }
  const why = hasListFor(version, param) ? 'notListed' : 'noList';
  return (
    <li className="applies-to-not-listed" lang={lang}>
      <Slotted
        template={t('match.thenElsewhere', { skipInterpolation: true })}
        slots={{
          statement: (
            <Slotted
              template={t(`match.${variant}.${why}.${param}`, { skipInterpolation: true })}
              slots={{ value }}
            />
          ),
          elsewhere: (
            <Slotted
              template={t('match.otherLocales', { count: otherLocales.length, skipInterpolation: true })}
              slots={{
                locales: (
                  <OtherLocaleLinks
                    locales={otherLocales}
                    slug={version.slug}
                    search={search}
                    listLang={lang}
                  />
                ),
              }}
            />
          ),
        }}
      />
    </li>
  );
}

/** Links to other locales' versions, under their own names, joined the way the UI language joins lists. */
function OtherLocaleLinks({
  locales,
  slug,
  search,
  listLang,
}: {
  locales: readonly LocaleId[];
  slug: string;
  search: string;
  listLang: string;
}) {
  const links = locales.map((locale) => {
    const info = manifest.locales.find((option) => option.id === locale) ?? localeInfoOf(locale);
    return (
      <Link
        key={locale}
        to={{ pathname: articlePath(locale, slug), search }}
        lang={info.htmlLang}
        hrefLang={info.htmlLang}
      >
        {info.nativeName}
      </Link>
    );
  });
  // Formatting the indexes gives the separators of the UI language with each link's place among them.
  const parts = new Intl.ListFormat(listLang, { type: 'conjunction' }).formatToParts(
    locales.map((_, index) => String(index)),
  );
  return (
    <>
      {parts.map((part, index) =>
        part.type === 'element' ? (
          links[Number(part.value)]
        ) : (
          <span key={`separator-${index}`}>{part.value}</span>
        ),
      )}
    </>
  );
}
