import type { TFunction } from 'i18next';
import type { Article, LocaleId } from '../../domain/article';
import { cloudNoticeOf } from '../../domain/decision/cloud-notice';
import type { CloudOption, Outcome } from '../../domain/decision/who-contacts';
import { htmlLangOf } from '../../domain/locales';
import { composeReply, type Reply, type ReplyStrings } from '../../domain/reply';
import { articlePath } from '../../domain/routes';
import { sentenceAnchorId } from '../../domain/sentence-key';
import { articleListings } from '../../lib/content/article-store';
import { absoluteUrl } from '../../lib/head/document-head';
import { i18n } from '../../lib/i18n/i18n';
import { replyNotesOf } from './cloud-notice-text';

/**
 * Copy reply's text (OutcomeTools): what the agent pastes to the customer, in the customer's language,
 * from that language's strings and the article version it quotes. Outside React, so it can be checked for
 * every outcome, cloud and language.
 */

interface ReplyFor {
  customer: LocaleId;
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
  return replyWith(reply, i18n.getFixedT(reply.customer, 'wizard'));
}

function replyWith(
  { customer, article, outcome, cloud, slug, includeEnglish }: ReplyFor,
  t: TFunction<'wizard'>,
): Reply {
  const articleLang = htmlLangOf(article.locale);
  const notice = cloudNoticeOf(cloud, article.locale, articleListings(slug));
  return composeReply({
    answer: [t(`reply.answer.${outcome.id}`)],
    notes: replyNotesOf(notice, customer, article.locale, t),
    quotes: outcome.cites.map((key) => {
      const sentence = article.sentences.find((candidate) => candidate.key === key);
      return sentence
        ? { text: sentence.text, lang: articleLang, english: sentence.english }
        : { text: key, lang: 'en-US', english: null };
    }),
    link: absoluteUrl(`${articlePath(article.locale, slug)}#${sentenceAnchorId(outcome.cites[0])}`),
    includeEnglish,
    strings: replyStrings(t),
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
