import { listedCloudIdsOf } from '../../../domain/applies-to';
import type { CloudId } from '../../../domain/applies-to-values';
import { dateTextOf } from '../../../domain/article-date';
import { isEarlierVersion } from '../../../domain/article-versions';
import type { OutcomeStep } from '../../../domain/decision/evaluate';
import { isOptionOf, WIZARD_ARTICLE_SLUG, type CloudOption } from '../../../domain/decision/who-contacts';
import { htmlLangOf } from '../../../domain/locales';
import { articlePath } from '../../../domain/routes';
import { articleListings, type ArticleListing } from '../../../lib/content/article-store';
import { Slotted } from '../../../lib/i18n/slotted';
import { useStrings } from '../../../lib/i18n/use-strings';
import { Link } from '../../../lib/router/link';
import { optionKey } from '../string-keys';

/** Whether the version being read lists the customer's cloud — said plainly, never assumed. */
export function CloudCaveat({ step, cloud }: { step: OutcomeStep; cloud: CloudOption | undefined }) {
  const { t, locale } = useStrings('wizard');
  if (!cloud) return null;
  const versions = articleListings(WIZARD_ARTICLE_SLUG);
  const cloudName = t(optionKey('cloud', cloud));
  if (step.cloudCaveat === 'listed')
    return <p className="notice">{t('caveat.listed', { cloud: cloudName })}</p>;
  if (step.cloudCaveat === 'not-listed') {
    const listing = versions.filter((version) => listedCloudIdsOf(version)?.includes(cloud));
    return (
      <div className="notice notice-warning">
        <p>{t('caveat.notListed', { cloud: cloudName })}</p>
        {listing.length > 0 ? (
          listing.map((version) => (
            <ListingVersion
              key={version.locale}
              version={version}
              versions={versions}
              cloudName={cloudName}
            />
          ))
        ) : (
          <p>{t('caveat.listedNowhere')}</p>
        )}
      </div>
    );
  }
  const current = versions.find((version) => version.locale === locale);
  const listed = current ? (listedCloudIdsOf(current) ?? []) : [];
  if (listed.length === 0) return null;
  return <p className="notice">{t('caveat.notSure', { clouds: listOf(listed, locale, t) })}</p>;
}

/**
 * Another locale's version that names the cloud, in the reader's language: which one (its language's
 * name as the reader's language writes it), its date or that it has none, and whether it is older.
 */
function ListingVersion({
  version,
  versions,
  cloudName,
}: {
  version: ArticleListing;
  versions: readonly ArticleListing[];
  cloudName: string;
}) {
  const { t, locale } = useStrings('wizard');
  const language =
    new Intl.DisplayNames([htmlLangOf(locale)], { type: 'language' }).of(htmlLangOf(version.locale)) ??
    version.locale;
  const date = dateTextOf(version.date, locale);
  const earlier = isEarlierVersion(version, versions);
  const key = earlier
    ? date
      ? 'caveat.listedIn.earlier'
      : 'caveat.listedIn.earlierUndated'
    : date
      ? 'caveat.listedIn.current'
      : 'caveat.listedIn.currentUndated';
  return (
    <p>
      <Slotted
        template={t(key, { skipInterpolation: true })}
        slots={{
          version: (
            <Link to={articlePath(version.locale, WIZARD_ARTICLE_SLUG)} hrefLang={htmlLangOf(version.locale)}>
              {language}
            </Link>
          ),
          cloud: cloudName,
          date: date ?? '',
        }}
      />
    </p>
  );
}

/** Cloud names as the reader's language lists them ("A and B", "A和B"); an id the UI has no name for as is. */
function listOf(ids: readonly CloudId[], locale: string, t: ReturnType<typeof useStrings<'wizard'>>['t']) {
  const names = ids.map((id) => (isOptionOf('cloud', id) ? t(optionKey('cloud', id)) : id));
  return new Intl.ListFormat(htmlLangOf(locale), { type: 'conjunction' }).format(names);
}
