import type { TFunction } from 'i18next';
import { memo } from 'react';
import type { LocaleId } from '../../../domain/article';
import { htmlLangOf } from '../../../domain/locales';
import { excerpt, type HighlightSegment } from '../../../domain/search-highlight';
import type { SearchHit } from '../../../domain/search-model';

/** Marked runs as text nodes and `<mark>` elements: never as HTML. */
function Highlighted({ segments }: { segments: readonly HighlightSegment[] }) {
  return segments.map((segment, index) =>
    segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text,
  );
}

const languageNames = new Map<string, string>();

/**
 * A language's name in the page's language ("英语（美国）" on a zh-cn page), looked up once per pair: every
 * result of another language shows one, on every keystroke.
 */
function languageName(locale: LocaleId, pageLocale: LocaleId): string {
  const key = `${pageLocale} ${locale}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    name =
      new Intl.DisplayNames([htmlLangOf(pageLocale)], { type: 'language' }).of(htmlLangOf(locale)) ?? locale;
    languageNames.set(key, name);
  }
  return name;
}

interface LabelProps {
  locale: LocaleId;
  t: TFunction<'agent-tools'>;
  uiLang: string;
}

/**
 * Which language the match was in, and where the sentence is: the same for a sentence whatever the query,
 * so (memoized) a result that stays in the list while the agent types is not translated again.
 */
const MatchedIn = memo(function MatchedIn({
  matched,
  locale,
  t,
  uiLang,
}: LabelProps & { matched: LocaleId }) {
  return <span lang={uiLang}>{t('search.matchedIn', { language: languageName(matched, locale) })}</span>;
});

const Place = memo(function Place({
  kind,
  title,
  section,
  locale,
  t,
}: LabelProps & Pick<SearchHit, 'kind' | 'title' | 'section'>) {
  return (
    <span className="search-hit-where" lang={htmlLangOf(locale)}>
      {kind === 'outcome'
        ? t('search.whereOutcome', { title })
        : section
          ? t('search.whereSection', { title, section })
          : t('search.whereArticle', { title })}
    </span>
  );
});

/**
 * One result: the sentence as the page's locale shows it (the match marked), the sentence it matched in
 * when that is another language (and which one), for a wizard answer the article sentence it rests on,
 * and where the sentence is. `excerptLength` cuts the
 * matched sentence of another language around its match: the header list stays one line per language.
 */
export function SearchHitView({
  hit,
  excerptLength,
  ...labels
}: LabelProps & { hit: SearchHit; excerptLength?: number }) {
  const { locale, t, uiLang } = labels;
  const otherLanguage = hit.matchedLocale !== locale;
  return (
    <>
      <span className="search-hit-text" lang={htmlLangOf(locale)}>
        {otherLanguage ? hit.text : <Highlighted segments={hit.highlighted} />}
      </span>
      {otherLanguage && (
        <span className="search-hit-matched">
          <MatchedIn matched={hit.matchedLocale} {...labels} />{' '}
          <span lang={htmlLangOf(hit.matchedLocale)}>
            <Highlighted
              segments={excerptLength ? excerpt(hit.highlighted, excerptLength) : hit.highlighted}
            />
          </span>
        </span>
      )}
      {hit.restsOn && (
        <span className="search-hit-quote">
          <span lang={uiLang}>{t('search.restsOn')}</span>{' '}
          <q lang={htmlLangOf(locale)}>
            {excerptLength
              ? excerpt([{ text: hit.restsOn.text, marked: false }], excerptLength)
                  .map((run) => run.text)
                  .join('')
              : hit.restsOn.text}
          </q>
        </span>
      )}
      <Place kind={hit.kind} title={hit.title} section={hit.section} {...labels} />
    </>
  );
}
