/**
 * Embed mode's URLs (a public contract, docs/embedding.md): any page with `embed=1` in its query renders
 * for a portal's iframe, `theme=light|dark` picks its colours. The app's own parameters come first, then
 * `embed=1`, then `theme`: the server answers exactly those query strings with prerendered pages.
 */
import { WIZARD_ARTICLE_SLUG } from './decision/wizard-article';
import { LOCALE_ID_PATTERN } from './site-paths.mjs';
import { DEFAULT_LOCALE } from './locales';
import { articlePath, homePath, isUrlSlug, wizardPath } from './routes';
import { sentenceAnchorId, sentenceKeyOf } from './sentence-key';
import { EMBED_PARAM, THEME_PARAM, THEMES, type Theme } from './url-input/embed-params';

export interface EmbedMode {
  embedded: boolean;
  /** The theme the URL asks for; null follows the reader's system (`prefers-color-scheme`). */
  theme: Theme | null;
}

/** `embed=1` and the theme, as written after the app's own parameters. */
export function embedQuery({ theme }: Pick<EmbedMode, 'theme'>): string {
  return `${EMBED_PARAM}=1${theme ? `&${THEME_PARAM}=${theme}` : ''}`;
}

/** Every embed variant of a query the app writes (`''` or `?…`), for prerendering. */
export function embedVariants(query: string): string[] {
  return [null, ...THEMES].map((theme) => `${query ? `${query}&` : '?'}${embedQuery({ theme })}`);
}

/**
 * A query string of a navigation made inside embed mode: its own parameters, then the embed mode of the
 * page it leaves, so every link and step stays embedded. Outside embed mode it is returned as it is.
 */
export function keepEmbedMode(search: string, mode: EmbedMode): string {
  if (!mode.embedded) return search;
  const params = new URLSearchParams(search);
  params.delete(EMBED_PARAM);
  params.delete(THEME_PARAM);
  const own = params.toString();
  return `?${own ? `${own}&` : ''}${embedQuery(mode)}`;
}

export type EmbedPage = 'home' | 'article' | 'wizard';

/** What a host asks the frame to show (the options of `HelpCenter.mount` and `navigate`). */
export interface EmbedTarget {
  locale?: string;
  page?: EmbedPage;
  /** The article's slug, for `page: 'article'`. */
  article?: string;
  /** Wizard: the first answer. Home and article: the applies-to filter. */
  cloud?: string;
  /** Home and article: the applies-to filter. */
  role?: string;
  /** Wizard: later answers, `{ topic, relationship }`. */
  answers?: { topic?: string; relationship?: string };
  /** An article sentence: its anchor id (`s-1a2b3c4d`) or its English original (as `outcome` events cite). */
  sentence?: string;
  theme?: Theme;
}

const ANCHOR = /^s-[0-9a-f]{8}$/;

/**
 * The site-relative URL a host's options name, e.g. `{ locale: 'zh-cn', page: 'wizard', cloud: 'germany' }`
 * → `/zh-cn/who-contacts-my-customer?cloud=germany&embed=1`. Values are passed on as the page's own
 * parameters (the page reports an unknown one, as it does for any link); the locale and slug must look like
 * one, else the defaults are used.
 */
export function embedPath(target: EmbedTarget): string {
  const lowerCased = typeof target.locale === 'string' ? target.locale.toLowerCase() : '';
  const locale = LOCALE_ID_PATTERN.test(lowerCased) ? lowerCased : DEFAULT_LOCALE;
  const page = target.page === 'article' || target.page === 'wizard' ? target.page : 'home';
  const params: [string, string | undefined][] =
    page === 'wizard'
      ? [
          ['cloud', target.cloud],
          ['topic', target.answers?.topic],
          ['relationship', target.answers?.relationship],
        ]
      : [
          ['cloud', target.cloud],
          ['role', target.role],
        ];
  const own = new URLSearchParams(
    params.filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''),
  ).toString();
  const theme = target.theme === 'light' || target.theme === 'dark' ? target.theme : null;
  const query = `?${own ? `${own}&` : ''}${embedQuery({ theme })}`;
  const slug =
    typeof target.article === 'string' && isUrlSlug(target.article) ? target.article : WIZARD_ARTICLE_SLUG;
  const path =
    page === 'home' ? homePath(locale) : page === 'wizard' ? wizardPath(locale) : articlePath(locale, slug);
  return path + query + sentenceHash(target.sentence);
}

function sentenceHash(sentence: string | undefined): string {
  if (typeof sentence !== 'string' || sentence.trim() === '') return '';
  return `#${ANCHOR.test(sentence) ? sentence : sentenceAnchorId(sentenceKeyOf(sentence))}`;
}
