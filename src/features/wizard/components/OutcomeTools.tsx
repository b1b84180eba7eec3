// The agent tools on a wizard outcome: the English original toggle, Copy reply, and what a
// printout says besides the page. One chunk, loaded when an outcome renders (OutcomeView).
import { Suspense, use, useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import type { LocaleId } from '../../../domain/article';
import {
  WIZARD_ARTICLE_SLUG,
  type CloudOption,
  type Outcome,
  type OutcomeId,
} from '../../../domain/decision/who-contacts';
import { DEFAULT_LOCALE, htmlLangOf } from '../../../domain/locales';
import type { Reply } from '../../../domain/reply';
import {
  articleLocaleFor,
  loadArticle,
  loadIndex,
  manifest,
  useArticle,
} from '../../../lib/content/article-store';
import { absoluteUrl } from '../../../lib/head/document-head';
import { i18n, loadNamespace } from '../../../lib/i18n/i18n';
import { Slotted } from '../../../lib/i18n/slotted';
import { useStrings } from '../../../lib/i18n/use-strings';
import { useShortcut } from '../../../lib/keyboard/use-shortcut';
import { useOriginalToggle } from '../../../lib/url/use-original-toggle';
import { replyIn } from '../outcome-reply';

/**
 * "Show English original" on a translated outcome: the answer's wording in the English strings
 * it was translated from, beneath the answer, while the URL has `?original=1` (button and `o` toggle it).
 * The cited sentences show their English originals always.
 */
export function OutcomeOriginal({ outcomeId }: { outcomeId: OutcomeId }) {
  const { t } = useStrings('wizard');
  const { showOriginal, toggleOriginal } = useOriginalToggle('wizard', true);
  return (
    <>
      {showOriginal && (
        <Suspense fallback={null}>
          <EnglishAnswer outcomeId={outcomeId} />
        </Suspense>
      )}
      <p className="sentence-tools">
        <button
          type="button"
          className="button button-secondary"
          aria-pressed={showOriginal}
          onClick={toggleOriginal}
        >
          {t('original.show')}
        </button>
      </p>
    </>
  );
}

function EnglishAnswer({ outcomeId }: { outcomeId: OutcomeId }) {
  use(loadNamespace(DEFAULT_LOCALE, 'wizard'));
  const english = i18n.getFixedT(DEFAULT_LOCALE, 'wizard');
  return (
    <div className="sentence-original outcome-original" lang="en-US">
      <p>{english(`outcome.${outcomeId}.heading`)}</p>
      <p>{english(`outcome.${outcomeId}.explanation`)}</p>
    </div>
  );
}

/**
 * Print only: the outcome's URL (its answers included) and the review date of the article version it
 * quotes (or that the version gives none), so a printout says where and from when it came.
 */
export function PrintNotes({ articleLocale }: { articleLocale: LocaleId | undefined }) {
  const { pathname, search } = useLocation();
  return (
    <>
      {articleLocale !== undefined && <ReviewDate articleLocale={articleLocale} />}
      <p className="print-url" lang="en-US">
        {absoluteUrl(pathname + search)}
      </p>
    </>
  );
}

function ReviewDate({ articleLocale }: { articleLocale: LocaleId }) {
  const { t, lang } = useStrings('wizard');
  const article = useArticle(WIZARD_ARTICLE_SLUG, articleLocale);
  return (
    <p className="print-only" lang={lang}>
      {article.date ? (
        <Slotted
          template={t('print.articleReviewed', { skipInterpolation: true })}
          slots={{
            date: (
              <time dateTime={article.date} lang={htmlLangOf(articleLocale)}>
                {article.dateText}
              </time>
            ),
          }}
        />
      ) : (
        t('print.articleNoDate')
      )}
    </p>
  );
}

/** The reply in one customer language, once its strings and article version are loaded. */
interface Prepared {
  locale: LocaleId;
  reply: Reply;
}

type Status = 'idle' | 'copied' | 'refused';

/**
 * Helpdesk agent tools: a ready-to-paste reply for this outcome, addressed to the customer in
 * their language (any locale the site has; the page's by default) with the caveats the page shows about
 * their cloud, previewed before it is copied as `text/plain` and `text/html`. Where the browser refuses the clipboard, the preview is selected for a manual copy. `c`
 * copies (not while typing). Its strings are the wizard's `reply.*`; the customer language's come from
 * that locale's resources via `getFixedT`.
 */
export function CopyReply({
  outcome,
  cloud,
  slug,
}: {
  outcome: Outcome;
  cloud: CloudOption | undefined;
  slug: string;
}) {
  const { t, lang, locale } = useStrings('wizard');
  const [customer, setCustomer] = useState<LocaleId>(locale);
  const [includeEnglish, setIncludeEnglish] = useState(false);
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  const previewRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useEffect(() => {
    let current = true;
    void Promise.all([
      loadNamespace(customer, 'wizard'), // The reply's own sentences are the agent tools' strings: loaded only when a reply is composed.
      loadNamespace(customer, 'agent-tools'),
      loadIndex(slug),
    ])
      .then(() => {
        // In a language the article lacks, the version the page would fall back to (the reply says so).
        const articleLocale = articleLocaleFor(slug, customer);
        return articleLocale === undefined ? null : loadArticle(slug, articleLocale);
      })
      .then((article) => {
        if (!current || article === null) return;
        const reply = replyIn({ customer, page: locale, article, outcome, cloud, slug, includeEnglish });
        setPrepared({ locale: customer, reply });
      });
    return () => {
      current = false;
    };
  }, [customer, locale, includeEnglish, outcome, cloud, slug]);

  const reply = prepared?.locale === customer ? prepared.reply : null;

  const copy = async () => {
    if (!reply) return;
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([reply.plain], { type: 'text/plain' }),
          'text/html': new Blob([reply.html], { type: 'text/html' }),
        }),
      ]);
      setStatus('copied');
    } catch {
      // No clipboard API, no permission, or the page is not focused: the agent copies by hand.
      setStatus('refused');
      previewRef.current?.focus();
      previewRef.current?.select();
    }
  };

  useShortcut('c', (event) => {
    event.preventDefault();
    void copy();
  });

  return (
    <section aria-labelledby={`${id}-heading`} className="copy-reply" lang={lang}>
      <h2 id={`${id}-heading`}>{t('reply.heading')}</h2>
      <div className="copy-reply-options">
        <label>
          {t('reply.language')}{' '}
          <select
            value={customer}
            onChange={(event) => {
              setCustomer(event.target.value);
              setStatus('idle');
            }}
          >
            {manifest.locales.map((option) => (
              <option key={option.id} value={option.id} lang={option.htmlLang}>
                {option.nativeName}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={includeEnglish}
            onChange={(event) => {
              setIncludeEnglish(event.target.checked);
              setStatus('idle');
            }}
          />{' '}
          {t('reply.includeEnglish')}
        </label>
      </div>
      <label htmlFor={`${id}-preview`} className="copy-reply-preview-label">
        {t('reply.preview')}
      </label>
      <textarea
        id={`${id}-preview`}
        ref={previewRef}
        className="copy-reply-preview"
        readOnly
        rows={10}
        lang={htmlLangOf(customer)}
        value={reply?.plain ?? t('reply.loading')}
      />
      <button type="button" className="button" onClick={() => void copy()} disabled={!reply}>
        {t('reply.copy')}
      </button>
      <p className="copy-reply-status" aria-live="polite">
        {status === 'copied' ? t('reply.copied') : status === 'refused' ? t('reply.refused') : ''}
      </p>
    </section>
  );
}
