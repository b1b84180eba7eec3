import type { ReactNode } from 'react';
import type { Block } from '../../../domain/article';
import { htmlLangOf } from '../../../domain/locales';
import { articlePath } from '../../../domain/routes';
import { articleVersions, linkedSlugsOf, useArticle } from '../../../lib/content/article-store';
import { absoluteUrl, DocumentHead } from '../../../lib/head/document-head';
import { useStrings } from '../../../lib/i18n/use-strings';
import { ArticleBlocks, Inlines, type RenderContext } from './ArticleBody';
import { useHighlightedSentence } from '../hooks/use-highlighted-sentence';
import { useSentenceTools } from '../hooks/use-sentence-tools';
import { ArticleMeta } from './ArticleMeta';
import { ArticleBreadcrumb, ArticleNeighbours } from './ArticlePlace';
import { EarlierVersionNotice } from './EarlierVersionNotice';

interface ArticlePageProps {
  slug: string;
  /** Shown under the article's meta data, before the body (the app puts applies-to notices here). */
  notices?: ReactNode;
  /** Shown after the body (the app puts the way into the wizard here). */
  after?: ReactNode;
}

/** One article version in the page's locale. The caller checks that this version exists. */
export function ArticlePage({ slug, notices, after }: ArticlePageProps) {
  const { t, lang, locale } = useStrings('article');
  const app = useStrings('app');
  const article = useArticle(slug, locale);
  useHighlightedSentence(article);
  const tools = useSentenceTools(locale, slug, article.translation !== 'original');
  const [title, body] = splitTitle(article.blocks);
  const context: RenderContext = {
    locale,
    knownSlugs: linkedSlugsOf(slug),
    newTabLabel: t('opensInNewTab'),
    imageLabel: t('imageLabel'),
    alertTitle: (kind) => t(`alert.${kind}`),
    usedAnchors: new Set(),
    usedTableLabels: new Map(),
    showOriginal: tools.showOriginal,
    copyLinkLabel: t('sentence.copyLink'),
    onCopyLink: tools.copyLink,
  };

  return (
    <article className="article" lang={htmlLangOf(article.locale)}>
      {/* Not a lazy part: a boundary still loading when the page re-renders during hydration would drop
          its server HTML, and the title would jump. */}
      {article.place && <ArticleBreadcrumb place={article.place} />}
      <DocumentHead
        title={`${article.title} | ${app.t('siteName')}`}
        lang={htmlLangOf(locale)}
        description={article.description}
        canonicalPath={articlePath(locale, slug)}
        alternates={articleVersions(slug).map((version) => ({
          hrefLang: htmlLangOf(version.locale),
          path: articlePath(version.locale, slug),
        }))}
      />
      <header className="article-header">
        <h1 id={title?.anchor ?? undefined} tabIndex={-1}>
          {title ? <Inlines inlines={title.children} context={context} /> : article.title}
        </h1>
        <ArticleMeta article={article} t={t} uiLang={lang} />
        <EarlierVersionNotice slug={slug} locale={locale} />
        {notices}
        {article.translation !== 'original' && (
          <p className="sentence-tools" lang={lang}>
            <button
              type="button"
              className="button button-secondary"
              aria-pressed={tools.showOriginal}
              onClick={tools.toggleOriginal}
            >
              {t('sentence.showOriginal')}
            </button>
          </p>
        )}
        <p className="sentence-link-status" aria-live="polite" lang={lang}>
          {tools.linkStatus === 'copied'
            ? t('sentence.linkCopied')
            : tools.linkStatus === 'refused'
              ? t('sentence.linkRefused')
              : ''}
        </p>
      </header>
      <div className="article-body">
        <ArticleBlocks blocks={body} context={context} />
      </div>
      {article.place && <ArticleNeighbours place={article.place} />}
      {after}
      <p className="print-url" lang="en-US">
        {absoluteUrl(articlePath(locale, slug))}
      </p>
    </article>
  );
}

type Heading = Extract<Block, { type: 'heading' }>;

function splitTitle(blocks: readonly Block[]): [Heading | null, readonly Block[]] {
  const index = blocks.findIndex((block) => block.type === 'heading' && block.depth === 1);
  if (index === -1) return [null, blocks];
  return [blocks[index] as Heading, blocks.filter((_, position) => position !== index)];
}
