/**
 * "Copy reply" on a wizard outcome: the ready-to-paste answer a helpdesk agent sends a customer, in the
 * customer's language and addressed to them ("you" is the customer, "we" the partner): the plain answer,
 * what qualifies it (the outcome's caveats), the article's own sentence(s) it rests on (optionally with
 * their English originals) and the link that opens the article at the first of them. Built once as plain text
 * and once as HTML (for mail and ticket editors that paste rich text); the HTML escapes every text.
 */

/** The reply's framing, from the customer language's UI strings. */
export interface ReplyStrings {
  /** Introduces the quoted sentences ("From Microsoft's article:"). */
  quoteIntro: string;
  /** Labels an English original ("English original:"). */
  englishLabel: string;
  /** Introduces the link ("Read it in the article:"). */
  linkIntro: string;
  /** The language's quotation marks (“ ” or 「 」). */
  quoteOpen: string;
  quoteClose: string;
  /** The marks for a quotation inside a quotation (‘ ’ or 『 』). */
  innerQuoteOpen: string;
  innerQuoteClose: string;
  /** The language's full stop (`.` or `。`), ending an answer sentence written without one (a heading). */
  fullStop: string;
}

export interface ReplyQuote {
  text: string;
  /** BCP 47 `lang` of `text`. */
  lang: string;
  /** The English original, or null where `text` is English already. */
  english: string | null;
}

export interface ReplyInput {
  /** The plain answer's sentences; one without a full stop of its own gets the language's. */
  answer: readonly string[];
  /** What qualifies the answer (a caveat about the customer's cloud, …): a paragraph after it; may be empty. */
  notes: readonly string[];
  quotes: readonly ReplyQuote[];
  /** Absolute URL of the article at the first quoted sentence. */
  link: string;
  includeEnglish: boolean;
  strings: ReplyStrings;
}

export interface Reply {
  plain: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Full-width punctuation (。：「…) carries its own spacing: no space after it, one after anything else. */
const FULL_WIDTH_END = /[\u3000-\u303f\uff00-\uffef]$/u;
/** Ends a sentence: `.`, `!`, `?`, `:`, their full-width forms, or a closing quotation mark after one. */
const SENTENCE_END = /[.!?:\u3002\uff01\uff1f\uff1a\u201d\u300d\u300f]$/u;
export function asSentence(text: string, fullStop: string): string {
  const trimmed = text.trim();
  return trimmed === '' || SENTENCE_END.test(trimmed) ? trimmed : trimmed + fullStop;
}

export function joinText(...parts: readonly string[]): string {
  return parts
    .filter((part) => part !== '')
    .reduce(
      (joined, part) => (joined === '' || FULL_WIDTH_END.test(joined) ? joined + part : `${joined} ${part}`),
      '',
    );
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);

export function composeReply({
  answer: sentences,
  notes: noteSentences,
  quotes,
  link,
  includeEnglish,
  strings,
}: ReplyInput): Reply {
  const answer = joinText(...sentences.map((sentence) => asSentence(sentence, strings.fullStop)));
  const notes = joinText(...noteSentences.map((sentence) => asSentence(sentence, strings.fullStop)));
  // The article's words stay verbatim: a sentence that has the language's quotation marks of its own
  // (「雲端解決方案提供者」) is quoted in the other pair, so the reader never sees 「…「…」…」.
  const quoted = (text: string) =>
    text.includes(strings.quoteOpen) || text.includes(strings.quoteClose)
      ? `${strings.innerQuoteOpen}${text}${strings.innerQuoteClose}`
      : `${strings.quoteOpen}${text}${strings.quoteClose}`;
  const withEnglish = quotes.map((quote) => ({
    ...quote,
    english: includeEnglish && quote.english !== null && quote.english !== quote.text ? quote.english : null,
  }));

  const plain = [
    answer,
    ...(notes === '' ? [] : [notes]),
    [
      strings.quoteIntro,
      ...withEnglish.flatMap((quote) => [
        quoted(quote.text),
        ...(quote.english !== null ? [joinText(strings.englishLabel, quoted(quote.english))] : []),
      ]),
    ].join('\n'),
    joinText(strings.linkIntro, link),
  ].join('\n\n');

  const html = [
    `<p>${escapeHtml(answer)}</p>`,
    ...(notes === '' ? [] : [`<p>${escapeHtml(notes)}</p>`]),
    `<p>${escapeHtml(strings.quoteIntro)}</p>`,
    ...withEnglish.map(
      (quote) =>
        `<blockquote lang="${escapeHtml(quote.lang)}"><p>${escapeHtml(quote.text)}</p>` +
        (quote.english !== null
          ? `<p lang="en-US">${escapeHtml(joinText(strings.englishLabel, quoted(quote.english)))}</p>`
          : '') +
        '</blockquote>',
    ),
    `<p>${escapeHtml(joinText(strings.linkIntro, ''))}${FULL_WIDTH_END.test(strings.linkIntro) ? '' : ' '}<a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
  ].join('');

  return { plain, html };
}
