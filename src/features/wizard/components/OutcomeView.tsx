import type { RefObject } from 'react';
import { listedCloudIdsOf } from '../../../domain/applies-to';
import type { Article, LocaleId, SentenceKey } from '../../../domain/article';
import { answersBefore, type OutcomeStep } from '../../../domain/decision/who-contacts';
import { htmlLangOf } from '../../../domain/locales';
import { articlePath, wizardPath } from '../../../domain/routes';
import { sentenceAnchorId } from '../../../domain/sentence-key';
import { articleListings } from '../../../lib/content/article-catalog';
import { articleLocaleFor, manifest, useArticle } from '../../../lib/content/article-store';
import { useStrings } from '../../../lib/i18n/use-strings';
import { Link } from '../../../lib/router/link';
import { searchOf, WIZARD_ARTICLE_SLUG } from '../hooks/use-wizard-state';

/** Who contacts the customer, in one plain sentence, then the article's own words it rests on. */
export function OutcomeView({
  step,
  headingRef,
}: {
  step: OutcomeStep;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t, locale } = useStrings('wizard');
  const articleLocale = articleLocaleFor(WIZARD_ARTICLE_SLUG, locale);
  const { outcome } = step;
  return (
    <>
      <div className={`outcome-panel outcome-${outcome.who}`}>
        <p className="outcome-who">
          {t('outcome.whoLabel')} <strong>{t(`who.${outcome.who}`)}</strong>
        </p>
        <h1 ref={headingRef} tabIndex={-1}>
          {t(`outcome.${outcome.id}.title`)}
        </h1>
        <p className="outcome-explanation">{t(`outcome.${outcome.id}.explanation`)}</p>
      </div>
      <CloudCaveat step={step} />
      <section aria-labelledby="citations-heading" className="citations">
        <h2 id="citations-heading">{t('outcome.citationsHeading')}</h2>
        {articleLocale === undefined ? (
          <p className="notice">{t('outcome.articleMissing')}</p>
        ) : (
          <Citations cites={outcome.cites} articleLocale={articleLocale} />
        )}
      </section>
      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">{t('outcome.answersHeading')}</h2>
        <dl className="answer-summary">
          {step.path.map(({ question, option }) => (
            <div key={question}>
              <dt>{t(`question.${question}.short`)}</dt>
              <dd>{t(`question.${question}.option.${option}`)}</dd>
              <dd>
                <Link
                  to={{ search: searchOf(answersBefore(step.answers, question)) }}
                  state={{ previous: option }}
                >
                  {t('change')}
                  <span className="visually-hidden"> {t(`question.${question}.short`)}</span>
                </Link>
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <p>
        <Link className="button button-secondary" to={wizardPath(locale)}>
          {t('startAgain')}
        </Link>
      </p>
    </>
  );
}

/**
 * The cited sentences, from the article version in the page's locale; in a locale the article has no
 * version in, from the version it falls back to, said so above them.
 */
function Citations({ cites, articleLocale }: { cites: readonly SentenceKey[]; articleLocale: LocaleId }) {
  const { t, locale } = useStrings('wizard');
  const article = useArticle(WIZARD_ARTICLE_SLUG, articleLocale);
  const language = manifest.locales.find((option) => option.id === articleLocale)?.nativeName;
  return (
    <>
      {articleLocale !== locale && (
        <p className="notice">
          {t('outcome.articleInOtherLanguage')}{' '}
          <span lang={htmlLangOf(articleLocale)}>{language ?? articleLocale}</span>
        </p>
      )}
      {cites.map((key) => (
        <Citation key={key} sentenceKey={key} article={article} />
      ))}
    </>
  );
}

/** One cited sentence: the current locale's text, the English original beneath, and a link to it. */
function Citation({ sentenceKey, article }: { sentenceKey: SentenceKey; article: Article }) {
  const { t, lang } = useStrings('wizard');
  const locale = article.locale;
  const sentence = article.sentences.find((candidate) => candidate.key === sentenceKey);
  const showEnglish = sentence !== undefined && sentence.text !== sentence.english;
  return (
    <figure className="citation">
      <blockquote lang={sentence ? htmlLangOf(article.locale) : 'en-US'}>
        <p>{sentence?.text ?? sentenceKey}</p>
      </blockquote>
      {showEnglish && (
        <div className="citation-english">
          <p className="citation-label" lang={lang}>
            {t('outcome.englishOriginal')}
          </p>
          <blockquote lang="en-US">
            <p>{sentence.english}</p>
          </blockquote>
        </div>
      )}
      <figcaption lang={lang}>
        <Link to={`${articlePath(locale, WIZARD_ARTICLE_SLUG)}#${sentenceAnchorId(sentenceKey)}`}>
          {t('outcome.readInArticle')}
        </Link>
      </figcaption>
    </figure>
  );
}

/** Whether the version being read lists the customer's cloud — said plainly, never assumed. */
function CloudCaveat({ step }: { step: OutcomeStep }) {
  const { t, locale } = useStrings('wizard');
  const cloud = step.answers.cloud;
  if (!cloud) return null;
  const versions = articleListings(WIZARD_ARTICLE_SLUG);
  if (step.cloudCaveat === 'listed') {
    return <p className="notice">{t('caveat.listed', { cloud: t(`question.cloud.option.${cloud}`) })}</p>;
  }
  if (step.cloudCaveat === 'not-listed') {
    const listing = versions.filter((version) => listedCloudIdsOf(version)?.includes(cloud));
    return (
      <div className="notice notice-warning">
        <p>{t('caveat.notListed', { cloud: t(`question.cloud.option.${cloud}`) })}</p>
        {listing.length > 0 ? (
          <p>
            {t('caveat.listedIn')}{' '}
            {listing.map((version, index) => (
              <span key={version.locale}>
                {index > 0 && ', '}
                <Link to={articlePath(version.locale, WIZARD_ARTICLE_SLUG)} lang={htmlLangOf(version.locale)}>
                  {manifest.locales.find((option) => option.id === version.locale)?.nativeName}
                </Link>
              </span>
            ))}
          </p>
        ) : (
          <p>{t('caveat.listedNowhere')}</p>
        )}
      </div>
    );
  }
  const articleLocale = articleLocaleFor(WIZARD_ARTICLE_SLUG, locale);
  const current = versions.find((version) => version.locale === articleLocale);
  const listed = current ? (listedCloudIdsOf(current) ?? []) : [];
  return (
    <p className="notice">
      {t('caveat.notSure', {
        clouds: listed
          .map((id) => t(`question.cloud.option.${id}`, { defaultValue: id }))
          .join(t('listSeparator')),
      })}
    </p>
  );
}
