import { Link } from 'react-router';
import { Fragment, type ReactNode } from 'react';
import type { Block, CellAlign, Inline } from '../../../domain/article';
import { plainTextOf } from '../../../domain/article-text';
import { resolveArticleLink } from '../../../domain/links';
import { articlePath } from '../../../domain/routes';
import { sentenceAnchorId } from '../../../domain/sentence-key';
import { ArticleFigure, InlineImage } from './ArticleImage';

export interface RenderContext {
  locale: string;
  knownSlugs: readonly string[];
  /** Localised "(opens in a new tab)". */
  newTabLabel: string;
  /** Localised "Image": names the caption that stands in for an image. */
  imageLabel?: string;
  alertTitle: (kind: Extract<Block, { type: 'alert' }>['kind']) => string;
  /** Sentence anchors already used on the page: a repeated sentence links to its first occurrence. */
  usedAnchors: Set<string>;
  /** Table names already used on the page, with their counts: a repeated one is numbered. */
  usedTableLabels: Map<string, number>;
  /** Each translated sentence's English original shown beneath it (`?original=1`). */
  showOriginal?: boolean;
  /** Localised "Copy link to this sentence"; with `onCopyLink`, every sentence gets that control. */
  copyLinkLabel?: string;
  onCopyLink?: (anchor: string) => void;
  /** Inside a link: a button there would be interactive content inside `<a>`, so it follows the link. */
  inLink?: boolean;
}

/** Renders parsed article blocks as React elements (never as HTML strings). */
export function ArticleBlocks({ blocks, context }: { blocks: readonly Block[]; context: RenderContext }) {
  return blocks.map((block, index) => <BlockNode key={index} block={block} context={context} />);
}

function BlockNode({ block, context }: { block: Block; context: RenderContext }): ReactNode {
  switch (block.type) {
    case 'heading': {
      const Tag = `h${Math.max(block.depth, 2)}` as 'h2';
      return (
        <Tag id={block.anchor ?? undefined}>
          <Inlines inlines={block.children} context={context} />
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p>
          <Inlines inlines={block.children} context={context} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item, index) => (
        <li key={index}>
          <ListItemBlocks blocks={item} context={context} />
        </li>
      ));
      return block.ordered ? <ol start={block.start ?? undefined}>{items}</ol> : <ul>{items}</ul>;
    }
    case 'alert':
      return (
        <div className={`alert alert-${block.kind}`} role="note">
          <p className="alert-title">{context.alertTitle(block.kind)}</p>
          <ArticleBlocks blocks={block.children} context={context} />
        </div>
      );
    case 'blockquote':
      return (
        <blockquote>
          <ArticleBlocks blocks={block.children} context={context} />
        </blockquote>
      );
    case 'table':
      return (
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label={tableLabel(block, context.usedTableLabels)}
        >
          <table>
            <thead>
              <tr>
                {block.head.map((cell, index) => (
                  <th key={index} className={alignClass(block.align[index])}>
                    <Inlines inlines={cell} context={context} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, index) => (
                    <td key={index} className={alignClass(block.align[index])}>
                      <Inlines inlines={cell} context={context} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'code':
      return (
        <pre>
          <code>{block.value}</code>
        </pre>
      );
    case 'image':
      return <ArticleFigure alt={block.alt} lang={block.lang} context={context} />;
    case 'thematicBreak':
      return <hr />;
  }
}

/** A list item's first paragraph renders inline, as markdown "tight" lists do. */
function ListItemBlocks({ blocks, context }: { blocks: readonly Block[]; context: RenderContext }) {
  const [first, ...rest] = blocks;
  if (first?.type !== 'paragraph') return <ArticleBlocks blocks={blocks} context={context} />;
  return (
    <>
      <Inlines inlines={first.children} context={context} />
      <ArticleBlocks blocks={rest} context={context} />
    </>
  );
}

/**
 * A column's alignment as a class the stylesheet reads: a `style` attribute in the prerendered HTML would be
 * blocked by the site's CSP (`style-src` allows no inline styles), and the alignment lost with it.
 */
function alignClass(align: CellAlign | undefined): string | undefined {
  return align ? `align-${align}` : undefined;
}

/**
 * The name of a table's scrolling region: its header row's text (the source has no caption), numbered when
 * an earlier table of the page has the same header row, so each region is told apart.
 */
function tableLabel(block: Extract<Block, { type: 'table' }>, used: Map<string, number>): string {
  const label = block.head
    .map((cell) => plainTextOf(cell).trim())
    .filter(Boolean)
    .join(' ');
  const count = (used.get(label) ?? 0) + 1;
  used.set(label, count);
  return count === 1 ? label : `${label} (${count})`;
}

export function Inlines({ inlines, context }: { inlines: readonly Inline[]; context: RenderContext }) {
  return inlines.map((inline, index) => <InlineNode key={index} inline={inline} context={context} />);
}

function InlineNode({ inline, context }: { inline: Inline; context: RenderContext }): ReactNode {
  switch (inline.type) {
    case 'text':
      return inline.value;
    case 'strong':
      return (
        <strong>
          <Inlines inlines={inline.children} context={context} />
        </strong>
      );
    case 'emphasis':
      return (
        <em>
          <Inlines inlines={inline.children} context={context} />
        </em>
      );
    case 'delete':
      return (
        <del>
          <Inlines inlines={inline.children} context={context} />
        </del>
      );
    case 'code':
      return <code>{inline.value}</code>;
    case 'break':
      return <br />;
    case 'image':
      return <InlineImage alt={inline.alt} lang={inline.lang} context={context} />;
    case 'link':
      return (
        <>
          <ArticleLink href={inline.href} context={context}>
            <Inlines inlines={inline.children} context={{ ...context, inLink: true }} />
          </ArticleLink>
          {!context.inLink &&
            context.onCopyLink &&
            sentenceKeysIn(inline.children).map((key) => (
              <SentenceLinkButton
                key={key}
                anchor={sentenceAnchorId(key)}
                label={context.copyLinkLabel ?? ''}
                onCopy={context.onCopyLink ?? (() => undefined)}
              />
            ))}
        </>
      );
    case 'sentence': {
      const anchor = sentenceAnchorId(inline.key);
      const isFirst = !context.usedAnchors.has(anchor);
      context.usedAnchors.add(anchor);
      const english = context.showOriginal ? plainTextOf(inline.english, 'english') : '';
      const showEnglish = english !== '' && english !== plainTextOf(inline.children);
      return (
        <>
          <span className="sentence" id={isFirst ? anchor : undefined}>
            <Inlines inlines={inline.children} context={context} />
          </span>
          {isFirst && context.onCopyLink && !context.inLink && (
            <SentenceLinkButton
              anchor={anchor}
              label={context.copyLinkLabel ?? ''}
              onCopy={context.onCopyLink}
            />
          )}
          {showEnglish && (
            <span className="sentence-original" lang="en-US">
              {english}
            </span>
          )}
        </>
      );
    }
  }
}

/** The keys of the sentences inside these inlines (a link's text), in order. */
function sentenceKeysIn(inlines: readonly Inline[]): string[] {
  return inlines.flatMap((inline) =>
    inline.type === 'sentence' ? [inline.key] : 'children' in inline ? sentenceKeysIn(inline.children) : [],
  );
}

/** A keyboard-reachable control that copies the sentence's link (the same `#s-…` key in every locale). */
function SentenceLinkButton({
  anchor,
  label,
  onCopy,
}: {
  anchor: string;
  label: string;
  onCopy: (anchor: string) => void;
}) {
  return (
    <button
      type="button"
      className="sentence-link"
      aria-label={label}

      onClick={() => onCopy(anchor)}
    >
      {/* The "#" is drawn by CSS, so the sentence's and its heading's text stay the article's own. */}
    </button>
  );
}

function ArticleLink({
  href,
  context,
  children,
}: {
  href: string;
  context: RenderContext;
  children: ReactNode;
}) {
  const target = resolveArticleLink(href, context);
  switch (target.kind) {
    case 'internal':
      return <Link to={articlePath(context.locale, target.slug) + target.hash}>{children}</Link>;
    case 'fragment':
      return <a href={`#${target.id}`}>{children}</a>;
    case 'contact':
      return <a href={target.url}>{children}</a>;
    case 'external':
      return (
        <a href={target.url} target="_blank" rel="noopener noreferrer">
          {children}
          <span className="visually-hidden"> {context.newTabLabel}</span>
        </a>
      );
    case 'none':
      return <Fragment>{children}</Fragment>;
  }
}
