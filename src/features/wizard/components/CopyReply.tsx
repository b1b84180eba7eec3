import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import type { Article, LocaleId } from '../../../domain/article';
import type { Outcome } from '../../../domain/decision/who-contacts';
import { htmlLangOf } from '../../../domain/locales';
import { composeReply, type Reply } from '../../../domain/reply';
import { articlePath } from '../../../domain/routes';
import { sentenceAnchorId } from '../../../domain/sentence-key';
import { loadArticle, manifest } from '../../../lib/content/article-store';
import { absoluteUrl } from '../../../lib/head/document-head';
import { i18n, loadNamespace } from '../../../lib/i18n/i18n';
import { useStrings } from '../../../lib/i18n/use-strings';
import { useShortcut } from '../../../lib/keyboard/use-shortcut';

/** The reply in one customer language, once its strings and article version are loaded. */
interface Prepared {
  locale: LocaleId;
  reply: Reply;
}

type Status = 'idle' | 'copied' | 'refused';

/**
 * Helpdesk agent tools (issue 18): a ready-to-paste reply for this outcome in the customer's language
 * (any locale the site has; the page's by default), previewed before it is copied as `text/plain` and
 * `text/html`. Where the browser refuses the clipboard, the preview is selected for a manual copy. `c`
 * copies (not while typing). Its strings are the wizard's `reply.*`; the customer language's come from
 * that locale's resources via `getFixedT`. Its own chunk, loaded when an outcome renders (OutcomeView).
 */
export function CopyReply({ outcome, slug }: { outcome: Outcome; slug: string }) {
  const { t, lang, locale } = useStrings('wizard');
  const [customer, setCustomer] = useState<LocaleId>(locale);
  const [includeEnglish, setIncludeEnglish] = useState(false);
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  const previewRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useEffect(() => {
    let current = true;
    void Promise.all([loadNamespace(customer, 'wizard'), loadArticle(slug, customer)]).then(([, article]) => {
      if (!current) return;
      const reply = replyIn(customer, article, outcome, slug, includeEnglish);
      setPrepared({ locale: customer, reply });
    });
    return () => {
      current = false;
    };
  }, [customer, includeEnglish, outcome, slug]);

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

function replyIn(
  customer: LocaleId,
  article: Article,
  outcome: Outcome,
  slug: string,
  includeEnglish: boolean,
): Reply {
  const wizard: TFunction<'wizard'> = i18n.getFixedT(customer, 'wizard');
  const articleLang = htmlLangOf(article.locale);
  return composeReply({
    answer: [wizard(`outcome.${outcome.id}.heading`), wizard(`outcome.${outcome.id}.explanation`)],
    quotes: outcome.cites.map((key) => {
      const sentence = article.sentences.find((candidate) => candidate.key === key);
      return sentence
        ? { text: sentence.text, lang: articleLang, english: sentence.english }
        : { text: key, lang: 'en-US', english: null };
    }),
    link: absoluteUrl(`${articlePath(customer, slug)}#${sentenceAnchorId(outcome.cites[0])}`),
    includeEnglish,
    strings: {
      quoteIntro: wizard('reply.quoteIntro'),
      englishLabel: wizard('reply.englishLabel'),
      linkIntro: wizard('reply.linkIntro'),
      quoteOpen: wizard('reply.quoteOpen'),
      quoteClose: wizard('reply.quoteClose'),
      fullStop: wizard('reply.fullStop'),
    },
  });
}
