import { htmlLangOf } from '../../../domain/locales';
import type { RenderContext } from './ArticleBody';
import './article-body.css';

/**
 * Image files are not part of the content (the sources name files in Microsoft's repositories), so an image
 * is shown by its alt text as a caption: never a broken-image icon.
 */
export function ArticleFigure({ alt, lang, context }: ImageProps) {
  if (!alt) return null;
  return (
    <figure className="article-figure">
      <figcaption>
        <ImageLabel context={context} />
        <AltText alt={alt} lang={lang} />
      </figcaption>
    </figure>
  );
}

export function InlineImage({ alt, lang, context }: ImageProps) {
  if (!alt) return null;
  return (
    <span className="image-alt">
      <ImageLabel context={context} />
      <AltText alt={alt} lang={lang} />
    </span>
  );
}

interface ImageProps {
  alt: string;
  lang: string | undefined;
  context: RenderContext;
}

/** A translated alt text on the English page is marked as the language it is in. */
function AltText({ alt, lang }: { alt: string; lang: string | undefined }) {
  return lang ? <span lang={htmlLangOf(lang)}>{alt}</span> : alt;
}

function ImageLabel({ context }: { context: RenderContext }) {
  if (!context.imageLabel) return null;
  return <span className="image-label">{context.imageLabel} </span>;
}
