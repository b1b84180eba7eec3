import { Link } from 'react-router';
import { lazy, Suspense, type RefObject } from 'react';
import type { Article, LocaleId, SentenceKey } from '../../../domain/article';
import { queryOf, type OutcomeStep } from '../../../domain/decision/evaluate';
import { WIZARD_ARTICLE_SLUG, type Answers } from '../../../domain/decision/who-contacts';
import { DEFAULT_LOCALE, htmlLangOf } from '../../../domain/locales';
import { articlePath, wizardPath } from '../../../domain/routes';
import { sentenceAnchorId } from '../../../domain/sentence-key';
import { articleLocaleFor, manifest, useArticle } from '../../../lib/content/article-store';
import { Slotted } from '../../../lib/i18n/slotted';
import { useStrings } from '../../../lib/i18n/use-strings';
import { useKeepOriginal } from '../hooks/use-keep-original';
import { optionKey } from '../string-keys';
import { CloudCaveat } from './CloudCaveat';

/**
 * The agent tools on an outcome: Copy reply, the English original toggle and what a printout
 * says besides the page, are one chunk of their own, requested when an outcome renders: the wizard's first-load JS stays within its budget
 * (bench/budgets.json). A prerendered outcome shows their markup from the HTML until the chunk hydrates
 * it; a client-side step to an outcome shows Copy reply's heading and a labelled (disabled) button for the
 * moment its chunk takes.
 */
const loadTools = () => import('./OutcomeTools');
const CopyReply = lazy(() => loadTools().then((module) => ({ default: module.CopyReply })));
const OutcomeOriginal = lazy(() => loadTools().then((module) => ({ default: module.OutcomeOriginal })));
const PrintNotes = lazy(() => loadTools().then((module) => ({ default: module.PrintNotes })));

/** Who contacts the customer, in one plain sentence, then the article's own words it rests on. */
export function OutcomeView({
  step,
  answers,
  headingRef,
}: {
  step: OutcomeStep;
  answers: Answers;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t, locale, lang } = useStrings('wizard');
  const { keep } = useKeepOriginal();
  const articleLocale = articleLocaleFor(WIZARD_ARTICLE_SLUG, locale);
  const { outcome } = step;
  // The answer's own wording is translated from the English strings: `?original=1` shows those beneath.
  const translated = lang !== htmlLangOf(DEFAULT_LOCALE);
  return (
    <>
      {/* data-outcome, data-who, data-sentence-key: what embed mode reports to the portal (docs/embedding.md). */}
      <div
        className={`outcome-panel outcome-${outcome.who}`}
        data-outcome={outcome.id}
        data-who={outcome.who}
      >
        <p className="outcome-who">
          <Slotted
            template={t('outcome.whoLine', { skipInterpolation: true })}
            slots={{ who: <strong>{t(`who.${outcome.who}`)}</strong> }}
          />
        </p>
        <h1 ref={headingRef} tabIndex={-1}>
          {t(`outcome.${outcome.id}.heading`)}
        </h1>
        <p className="outcome-explanation">{t(`outcome.${outcome.id}.explanation`)}</p>
      </div>
      {translated && (
        <Suspense fallback={null}>
          <OutcomeOriginal outcomeId={outcome.id} />
        </Suspense>
      )}
      <CloudCaveat cloud={answers.cloud} />
      <section aria-labelledby="citations-heading" className="citations">
        <h2 id="citations-heading">{t('outcome.citationsHeading')}</h2>
        {articleLocale === undefined ? (
          <p className="notice">{t('outcome.articleMissing')}</p>
        ) : (
          <Citations cites={outcome.cites} articleLocale={articleLocale} />
        )}
      </section>
      <Suspense fallback={<CopyReplyLoading />}>
        <CopyReply outcome={outcome} cloud={answers.cloud} slug={WIZARD_ARTICLE_SLUG} />
      </Suspense>
      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">{t('outcome.answersHeading')}</h2>
        <dl className="answer-summary">
          {step.path.map(({ question, option }) => (
            <div key={question}>
              <dt>{t(`question.${question}.short`)}</dt>
              <dd>{t(optionKey(question, option))}</dd>
              <dd>
                {/* Every answer travels with the link: the question shows its answer, later ones are kept. */}
                <Link to={{ search: keep(queryOf(answers, question)) }}>
                  <Slotted
                    template={t('change', { skipInterpolation: true })}
                    slots={{
                      question: <span className="visually-hidden">{t(`question.${question}.short`)}</span>,
                    }}
                  />
                </Link>
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <p>
        <Link className="button button-secondary" to={wizardPath(locale) + keep('')}>
          {t('startAgain')}
        </Link>
      </p>
      <Suspense fallback={null}>
        <PrintNotes articleLocale={articleLocale} />
      </Suspense>
    </>
  );
}

/** Copy reply while its chunk loads: its heading and its button, visible and labelled. */
function CopyReplyLoading() {
  const { t, lang } = useStrings('wizard');
  return (
    <section aria-labelledby="copy-reply-loading" className="copy-reply" lang={lang}>
      <h2 id="copy-reply-loading">{t('reply.heading')}</h2>
      <button type="button" className="button" disabled>
        {t('reply.copy')}
      </button>
    </section>
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

/** One cited sentence: the quoted version's text, the English original beneath, and a link to it. */
function Citation({ sentenceKey, article }: { sentenceKey: SentenceKey; article: Article }) {
  const { t, lang } = useStrings('wizard');
  const locale = article.locale;
  const sentence = article.sentences.find((candidate) => candidate.key === sentenceKey);
  const showEnglish = sentence !== undefined && sentence.text !== sentence.english;
  return (
    <figure className="citation" data-sentence-key={sentenceKey}>
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
