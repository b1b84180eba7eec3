import type { TFunction } from 'i18next';
import type { Article, LocaleId } from '../../domain/article';
import type { CloudOption, Outcome } from '../../domain/decision/who-contacts';
import { htmlLangOf } from '../../domain/locales';
import { composeReply, type Reply, type ReplyStrings } from '../../domain/reply';
import { articlePath } from '../../domain/routes';
import { sentenceAnchorId } from '../../domain/sentence-key';
import { articleListings, articleLocaleFor } from '../../lib/content/article-store';
import { absoluteUrl } from '../../lib/head/document-head';
import { i18n } from '../../lib/i18n/i18n';
import { dateTextOf } from '../../domain/article-date';
import { cloudNoticeOf, isCaveat, type CloudNotice } from '../../domain/decision/cloud-notice';
import { cloudNameOf, cloudNamesOf, languageNameOf, listedInKindOf } from './cloud-notice-text';

/**
 * Copy reply's text (OutcomeTools): what the agent pastes to the customer, in the customer's language,
 * from that language's strings and the article version it quotes. Outside React, so it can be checked for
 * every outcome, cloud and language.
 */

interface ReplyFor {
  customer: LocaleId;
  /** The outcome page's language: the caveat that page shows is carried whatever the customer's language. */
  page: LocaleId;
  /** The version quoted: the customer's language's, or the one the page falls back to. */
  article: Article;
  outcome: Outcome;
  cloud: CloudOption | undefined;
  slug: string;
  includeEnglish: boolean;
}

/**
 * The reply in the customer's language: its own answer sentences (to the customer, not the agent's page
 * text), then the page's caveats from the same notice the page shows, then the article's sentences.
 */
export function replyIn(reply: ReplyFor): Reply {
  return replyWith(
    reply,
    i18n.getFixedT(reply.customer, 'agent-tools'),
    i18n.getFixedT(reply.customer, 'wizard'),
  );
}

/**
 * `t`: the reply's own sentences (the helpdesk agent tools' strings, `reply.*`); `wizard`: its framing and
 * the clouds' names. Both in the customer's language.
 */
function replyWith(
  { customer, page, article, outcome, cloud, slug, includeEnglish }: ReplyFor,
  t: TFunction<'agent-tools'>,
  wizard: TFunction<'wizard'>,
): Reply {
  const articleLang = htmlLangOf(article.locale);
  const listings = articleListings(slug);
  // The page's caveat, else the quoted version's own: an answer qualified on the page, or for the
  // version the customer will read, is never sent unqualified.
  const pageNotice = cloudNoticeOf(cloud, articleLocaleFor(slug, page), listings);
  const notice = isCaveat(pageNotice) ? pageNotice : cloudNoticeOf(cloud, article.locale, listings);
  return composeReply({
    answer: [t(`reply.answer.${outcome.id}`)],
    notes: replyNotesOf(notice, customer, article.locale, t, wizard),
    quotes: outcome.cites.map((key) => {
      const sentence = article.sentences.find((candidate) => candidate.key === key);
      return sentence
        ? { text: sentence.text, lang: articleLang, english: sentence.english }
        : { text: key, lang: 'en-US', english: null };
    }),
    link: absoluteUrl(`${articlePath(article.locale, slug)}#${sentenceAnchorId(outcome.cites[0])}`),
    includeEnglish,
    strings: replyStrings(wizard),
  });
}

/** The reply's framing in the customer's language (a `t` fixed to it). */
function replyStrings(t: TFunction<'wizard'>): ReplyStrings {
  return {
    quoteIntro: t('reply.quoteIntro'),
    // The same label the outcome's citations use.
    englishLabel: t('outcome.englishOriginal'),
    linkIntro: t('reply.linkIntro'),
    quoteOpen: t('reply.quoteOpen'),
    quoteClose: t('reply.quoteClose'),
    innerQuoteOpen: t('reply.innerQuoteOpen'),
    innerQuoteClose: t('reply.innerQuoteClose'),
    fullStop: t('reply.fullStop'),
  };
}

/**
 * What Copy reply tells the customer besides the answer, in the customer's language (`t`: the reply's
 * strings, `wizard`: the clouds' names, both fixed to it): that the sentences are quoted from a version in
 * another language when the article has none in theirs, and every caveat the outcome page shows about
 * their cloud. Empty when the answer is unqualified.
 */
function replyNotesOf(
  notice: CloudNotice | null,
  customer: LocaleId,
  articleLocale: LocaleId,
  t: TFunction<'agent-tools'>,
  wizard: TFunction<'wizard'>,
): string[] {
  const notes =
    articleLocale === customer
      ? []
      : [t('reply.note.otherLanguage', { language: languageNameOf(articleLocale, customer) })];
  if (!isCaveat(notice)) return notes;
  if (notice.kind === 'not-sure')
    return [...notes, t('reply.note.notSure', { clouds: cloudNamesOf(notice.clouds, customer, wizard) })];
  return [
    ...notes,
    t('reply.note.notListed', { cloud: cloudNameOf(notice.cloud, wizard) }),
    ...(notice.listedIn.length > 0
      ? notice.listedIn.map((version) =>
          t(`reply.note.listedIn.${listedInKindOf(version)}`, {
            version: languageNameOf(version.locale, customer),
            date: dateTextOf(version.date, customer) ?? '',
          }),
        )
      : [t('reply.note.listedNowhere')]),
  ];
}
