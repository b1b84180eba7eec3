import { Link } from 'react-router';
import { dateTextOf } from '../../../domain/article-date';
import { cloudNoticeOf, type ListingVersion as Listing } from '../../../domain/decision/cloud-notice';
import { WIZARD_ARTICLE_SLUG, type CloudOption } from '../../../domain/decision/who-contacts';
import { htmlLangOf } from '../../../domain/locales';
import { articlePath } from '../../../domain/routes';
import { articleListings, articleLocaleFor } from '../../../lib/content/article-store';
import { Slotted } from '../../../lib/i18n/slotted';
import { useStrings } from '../../../lib/i18n/use-strings';
import { cloudNameOf, cloudNamesOf, languageNameOf, listedInKindOf } from '../cloud-notice-text';

/**
 * Whether the version being read lists the customer's cloud — said plainly, never assumed. What to say
 * is `cloudNoticeOf`'s, which Copy reply reads too: the reply carries the same caveat.
 */
export function CloudCaveat({ cloud }: { cloud: CloudOption | undefined }) {
  const { t, locale } = useStrings('wizard');
  const notice = cloudNoticeOf(
    cloud,
    articleLocaleFor(WIZARD_ARTICLE_SLUG, locale),
    articleListings(WIZARD_ARTICLE_SLUG),
  );
  if (notice === null) return null;
  if (notice.kind === 'not-sure')
    return (
      <p className="notice">{t('caveat.notSure', { clouds: cloudNamesOf(notice.clouds, locale, t) })}</p>
    );
  const cloudName = cloudNameOf(notice.cloud, t);
  if (notice.kind === 'listed') return <p className="notice">{t('caveat.listed', { cloud: cloudName })}</p>;
  return (
    <div className="notice notice-warning">
      <p>{t('caveat.notListed', { cloud: cloudName })}</p>
      {notice.listedIn.length > 0 ? (
        notice.listedIn.map((version) => (
          <ListingVersion key={version.locale} version={version} cloudName={cloudName} />
        ))
      ) : (
        <p>{t('caveat.listedNowhere')}</p>
      )}
    </div>
  );
}

/**
 * Another locale's version that names the cloud, in the reader's language: which one (its language's
 * name as the reader's language writes it), its date or that it has none, and whether it is older.
 */
function ListingVersion({ version, cloudName }: { version: Listing; cloudName: string }) {
  const { t, locale } = useStrings('wizard');
  const date = dateTextOf(version.date, locale);
  return (
    <p>
      <Slotted
        template={t(`caveat.listedIn.${listedInKindOf(version)}`, { skipInterpolation: true })}
        slots={{
          version: (
            <Link to={articlePath(version.locale, WIZARD_ARTICLE_SLUG)} hrefLang={htmlLangOf(version.locale)}>
              {languageNameOf(version.locale, locale)}
            </Link>
          ),
          cloud: cloudName,
          date: date ?? '',
        }}
      />
    </p>
  );
}
