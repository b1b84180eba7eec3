/**
 * What an outcome says about the customer's cloud, worked out once from the article's versions: the page
 * shows it (CloudCaveat) and Copy reply carries it to the customer, each in its own language, so the two
 * cannot disagree about whether the answer is qualified.
 */
import type { Article, LocaleId } from '../article';
import { listedCloudIdsOf } from '../applies-to';
import type { CloudId } from '../applies-to-values';
import { isEarlierVersion } from '../article-versions';
import { cloudCoverage } from './who-contacts';
import { NOT_SURE, type CloudOption } from './options';

/** A version as the article's index gives it: enough to know its clouds, its date and whether it is older. */
export type NoticeVersion = Pick<Article, 'locale' | 'date' | 'sourceVersion' | 'appliesTo' | 'roles'>;

/** Another version that does name the cloud: which, its date (null: none given), and whether it is older. */
export interface ListingVersion {
  locale: LocaleId;
  date: string | null;
  earlier: boolean;
}

export type CloudNotice =
  /** The version read names the chosen cloud: a confirmation, nothing to qualify. */
  | { kind: 'listed'; cloud: CloudId }
  /** It does not: the answer is what the article says, not a promise for that cloud. */
  | { kind: 'not-listed'; cloud: CloudId; listedIn: ListingVersion[] }
  /** The cloud is not known: the clouds the version read names (never empty). */
  | { kind: 'not-sure'; clouds: CloudId[] };

/**
 * The notice for `cloud` when the article is read in `readLocale` (the version quoted); null when there is
 * nothing to say: no cloud chosen, or a version without an applies-to line (it names no cloud at all).
 */
export function cloudNoticeOf(
  cloud: CloudOption | undefined,
  readLocale: LocaleId | undefined,
  versions: readonly NoticeVersion[],
): CloudNotice | null {
  if (cloud === undefined) return null;
  const read = versions.find((version) => version.locale === readLocale);
  const listed = read ? listedCloudIdsOf(read) : null;
  if (cloud === NOT_SURE) return listed && listed.length > 0 ? { kind: 'not-sure', clouds: listed } : null;
  const coverage = cloudCoverage(cloud, listed);
  if (coverage === 'listed') return { kind: 'listed', cloud };
  if (coverage === 'unknown') return null;
  const listedIn = versions
    .filter((version) => listedCloudIdsOf(version)?.includes(cloud))
    .map((version) => ({
      locale: version.locale,
      date: version.date,
      earlier: isEarlierVersion(version, versions),
    }));
  return { kind: 'not-listed', cloud, listedIn };
}

/** Whether a notice qualifies the answer (a caveat), rather than confirming the cloud is covered. */
export function isCaveat(notice: CloudNotice | null): notice is Exclude<CloudNotice, { kind: 'listed' }> {
  return notice !== null && notice.kind !== 'listed';
}
