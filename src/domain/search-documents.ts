/**
 * What the sentence search indexes for one page locale: every sentence the article versions render (with
 * the section it sits in and the link that opens it highlighted), and every wizard outcome. Each sentence
 * carries its text in every locale that has the same sentence key, so search works across languages.
 */
import type { Article, Block, Inline, LocaleId, SentenceKey } from './article';
import { headingOf, plainTextOf } from './article-text';
import {
  answersToParams,
  OUTCOMES,
  pathsToOutcomes,
  WIZARD_ARTICLE_SLUG,
  type OutcomeId,
  type TopicOption,
} from './decision/who-contacts';
import { DEFAULT_LOCALE } from './locales';
import { articlePath, wizardPath } from './routes';
import type { SearchDocument } from './search-model';
import { sentenceAnchorId } from './sentence-key';

/** An outcome's text in every locale, from the wizard's UI strings. */
export interface OutcomeText {
  id: OutcomeId;
  title: Record<LocaleId, string>;
  explanation: Record<LocaleId, string>;
}

/** A wizard topic in every locale: its option's label and examples ("For example, a renewal, …"). */
export interface TopicText {
  id: TopicOption;
  text: Record<LocaleId, string>;
}

/** Converts a Chinese text to the other script (zh-cn ↔ zh-tw); identity for other locales. */
export type ScriptVariant = (text: string, locale: LocaleId) => string;

interface RenderedSentence {
  key: SentenceKey;
  text: string;
  english: string;
  section: string | null;
}

/**
 * Text a version renders outside any sentence: a heading, paragraph, list item or cell of a page published
 * without its English original alongside (an FAQ's question in zh-cn, say). Searched in its own language
 * only; its link opens the section it sits in.
 */
interface RenderedPassage {
  text: string;
  section: string | null;
  /** The anchor of the heading it is or sits under, if that heading has one. */
  anchor: string | null;
}

const hasSentence = (inlines: readonly Inline[]): boolean =>
  inlines.some(
    (inline) => inline.type === 'sentence' || ('children' in inline && hasSentence(inline.children)),
  );

/** The sentences a version renders in its body, in document order, each with its section heading. */
export function renderedSentencesOf(article: Article): RenderedSentence[] {
  return renderedTextOf(article).sentences;
}

function renderedTextOf(article: Article): { sentences: RenderedSentence[]; passages: RenderedPassage[] } {
  const found: RenderedSentence[] = [];
  const passages: RenderedPassage[] = [];
  const seen = new Set<SentenceKey>();
  let section: string | null = null;
  let anchor: string | null = null;
  const visitInlines = (inlines: readonly Inline[]): void => {
    if (!hasSentence(inlines)) {
      const text = plainTextOf(inlines).replace(/\s+/gu, ' ').trim();
      if (/[\p{L}\p{N}]/u.test(text)) passages.push({ text, section, anchor });
      return;
    }
    for (const inline of inlines) {
      if (inline.type === 'sentence') {
        if (!seen.has(inline.key)) {
          seen.add(inline.key);
          found.push({
            key: inline.key,
            text: plainTextOf(inline.children).trim(),
            english: plainTextOf(inline.english, 'english').trim(),
            section,
          });
        }
      } else if ('children' in inline) visitInlines(inline.children);
    }
  };
  const visitBlocks = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      switch (block.type) {
        case 'heading':
          section = block.depth === 1 ? null : plainTextOf(block.children).trim();
          anchor = block.depth === 1 ? null : block.anchor;
          visitInlines(block.children);
          break;
        case 'paragraph':
          visitInlines(block.children);
          break;
        case 'list':
          block.items.forEach(visitBlocks);
          break;
        case 'alert':
        case 'blockquote':
          visitBlocks(block.children);
          break;
        case 'table':
          [block.head, ...block.rows].flat().forEach(visitInlines);
          break;
        default:
          break;
      }
    }
  };
  visitBlocks(article.blocks);
  return { sentences: found, passages };
}

/**
 * The locales a page locale's index searches: its own, English (every sentence's original) and the other
 * scripts of its language (zh-tw for zh-cn); English pages also search the locales the help center has
 * its own UI in (`uiLocales`), so a customer's question pasted in Chinese finds its sentence there. Not
 * every locale everywhere: each locale's index would grow with the number of locales, and the whole
 * site's search with its square.
 */
export function searchLocalesOf(
  pageLocale: LocaleId,
  locales: readonly LocaleId[],
  uiLocales: readonly LocaleId[] = locales,
): LocaleId[] {
  const language = (locale: LocaleId) => locale.split('-')[0];
  return locales.filter(
    (locale) =>
      locale === DEFAULT_LOCALE ||
      language(locale) === language(pageLocale) ||
      (pageLocale === DEFAULT_LOCALE && uiLocales.includes(locale)),
  );
}

export function searchDocumentsFor(
  pageLocale: LocaleId,
  articles: readonly Article[],
  outcomes: readonly OutcomeText[],
  variantOf: ScriptVariant,
  topics: readonly TopicText[] = [],
  locales: readonly LocaleId[] = searchLocalesOf(pageLocale, [
    ...new Set([DEFAULT_LOCALE, ...articles.map((each) => each.locale)]),
  ]),
): SearchDocument[] {
  const searched = new Set(locales);
  const searchedOf = (texts: Record<LocaleId, string>) =>
    Object.fromEntries(Object.entries(texts).filter(([locale]) => searched.has(locale)));
  const textsByKey = new Map<string, Record<LocaleId, string>>();
  for (const article of articles) {
    if (!searched.has(article.locale)) continue;
    for (const sentence of renderedSentencesOf(article)) {
      const id = `${article.slug}/${sentence.key}`;
      const texts = textsByKey.get(id) ?? { [DEFAULT_LOCALE]: sentence.english };
      texts[article.locale] = sentence.text;
      textsByKey.set(id, texts);
    }
  }
  // Only where the other script differs: an English text's "variant" is itself, and indexing it twice made
  // every Latin word's postings twice as long to score.
  const variantsOf = (texts: Record<LocaleId, string>) =>
    Object.fromEntries(
      Object.entries(texts)
        .map(([locale, text]) => [locale, variantOf(text, locale)] as const)
        .filter(([locale, variant]) => variant !== texts[locale]),
    );

  const documents: SearchDocument[] = articles
    .filter((article) => article.locale === pageLocale)
    .flatMap((article) => {
      const title = headingOf(article);
      const { sentences, passages } = renderedTextOf(article);
      const path = articlePath(pageLocale, article.slug);
      const passageDocuments = passages.map((passage, index): SearchDocument => {
        const texts = { [pageLocale]: passage.text };
        return {
          id: `article:${article.slug}:p-${index}`,
          kind: 'article',
          title,
          section: passage.section,
          href: passage.anchor ? `${path}#${passage.anchor}` : path,
          texts,
          variants: variantsOf(texts),
        };
      });
      return [...sentenceDocuments(article, sentences, title), ...passageDocuments];
    });
  function sentenceDocuments(article: Article, sentences: RenderedSentence[], title: string) {
    return sentences.map((sentence): SearchDocument => {
      const texts = textsByKey.get(`${article.slug}/${sentence.key}`) ?? {};
      return {
        id: `article:${article.slug}:${sentenceAnchorId(sentence.key)}`,
        kind: 'article',
        title,
        section: sentence.section,
        href: `${articlePath(pageLocale, article.slug)}#${sentenceAnchorId(sentence.key)}`,
        texts,
        variants: variantsOf(texts),
      };
    });
  }

  const firstPaths = new Map<OutcomeId, string>();
  const topicOf = new Map<OutcomeId, TopicOption>();
  for (const path of pathsToOutcomes()) {
    if (firstPaths.has(path.outcome.id)) continue;
    const answers = Object.fromEntries(path.answers.map((step) => [step.question, step.option]));
    firstPaths.set(path.outcome.id, `?${answersToParams(answers)}`);
    const topic = path.answers.find((step) => step.question === 'topic')?.option as TopicOption | undefined;
    if (topic) topicOf.set(path.outcome.id, topic);
  }
  const sentenceIds = new Set(documents.map((document) => document.id));
  const citedBy = (key: string) => Object.values(OUTCOMES).filter((o) => o.cites.includes(key)).length;
  for (const outcome of outcomes) {
    const title = outcome.title[pageLocale] ?? outcome.title[DEFAULT_LOCALE];
    if (title === undefined) continue;
    const topic = topics.find((candidate) => candidate.id === topicOf.get(outcome.id));
    const about = Object.fromEntries(
      Object.entries(searchedOf(outcome.title)).map(([locale, heading]) => [
        locale,
        [heading, topic?.text[locale] ?? ''].join(' ').trim(),
      ]),
    );
    // The sentence shared by most outcomes (the general expectation) is the least specific answer.
    const cites = [...OUTCOMES[outcome.id].cites]
      .sort((a, b) => citedBy(a) - citedBy(b))
      .map((key) => `article:${WIZARD_ARTICLE_SLUG}:${sentenceAnchorId(key)}`)
      .filter((id) => sentenceIds.has(id));
    documents.push({
      id: `outcome:${outcome.id}`,
      kind: 'outcome',
      title,
      section: null,
      href: `${wizardPath(pageLocale)}${firstPaths.get(outcome.id) ?? ''}`,
      texts: searchedOf(outcome.explanation),
      variants: variantsOf(searchedOf(outcome.explanation)),
      about: { texts: about, variants: variantsOf(about) },
      cites,
    });
  }
  return documents;
}
