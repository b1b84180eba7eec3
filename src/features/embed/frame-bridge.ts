/**
 * The frame's side of the embed protocol (docs/embedding.md): loaded only in embed mode, once the page
 * has rendered. It learns which page embeds it, checks that origin against the deployer's allowlist
 * (`/embed-config.json`, read at run time so it changes without a rebuild), then tells that page — and only
 * that origin, never `'*'` — what the reader sees, and takes its commands.
 */
import {
  frameEvent,
  isAllowedOrigin,
  originOf,
  parseEmbedConfig,
  parseHostCommand,
  type EmbedConfig,
  type FrameEventType,
  type FramePayloads,
  type HostCommand,
  type IgnoreReason,
} from '../../domain/embed-message';
import { isWho } from '../../domain/decision/who';
import { nextResize, type ResizeState } from '../../domain/embed-resize';
import { WIZARD_ARTICLE_SLUG } from '../../domain/decision/wizard-article';
import { articlePath, wizardPath, withLocale } from '../../domain/routes';
import { sentenceAnchorId } from '../../domain/sentence-key';

/** The locale segment of a path, as written (null for the root). */
function localeOfPath(pathname: string): string | null {
  return pathname.split('/')[1] || null;
}

export interface ShownPage {
  pathname: string;
  search: string;
  hash: string;
}

export interface FrameBridgeOptions {
  /** Navigates in place (React Router's navigate: embed mode is kept by the app's navigator). */
  navigate: (path: string) => void;
  /** The locales the help center has. */
  locales: readonly string[];
  /** Where the allowlist is read from (tests point it elsewhere). */
  configUrl?: string;
  win?: Window;
}

export interface FrameBridge {
  /** Called for every page shown, the first one included. */
  pageShown(page: ShownPage): void;
  stop(): void;
  /** Messages ignored so far (foreign origin or window, malformed), for debugging. */
  readonly ignored: number;
}

/**
 * The origin of the page that embeds this one, as the browser tells it: `location.ancestorOrigins` where
 * supported, else the referrer of the frame's first page (the host script asks for it with
 * `referrerpolicy="origin"`). Null when not framed.
 */
export function embeddingOrigin(win: Window): string | null {
  if (win.parent === win) return null;
  const ancestors = win.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return originOf(ancestors[0]);
  return originOf(win.document.referrer);
}

export async function loadEmbedConfig(url: string, win: Window): Promise<EmbedConfig | null> {
  try {
    const response = await win.fetch(url, { cache: 'no-cache', credentials: 'omit' });
    if (!response.ok) return null;
    return parseEmbedConfig(await response.json());
  } catch {
    return null;
  }
}

export function startFrameBridge(options: FrameBridgeOptions): FrameBridge {
  const win = options.win ?? window;
  let stopped = false;
  let ignored = 0;
  let host: string | null = null;
  let lastPage: ShownPage | null = null;
  let lastLocale: string | null = null;
  let lastUrl: string | null = null;
  let lastOutcome: string | null = null;
  /** The `#anchor` of the page shown, until the frame shows all of it (`bringAnchorIntoView`). */
  let anchor: string | null = null;
  let remeasure: (() => void) | null = null;
  const cleanups: (() => void)[] = [];

  const post = <T extends FrameEventType>(type: T, payload: FramePayloads[T]) => {
    if (host !== null && !stopped) win.parent.postMessage(frameEvent(type, payload), host);
  };

  const ignore = (reason: IgnoreReason) => {
    ignored += 1;
    post('debug', { ignored, reason });
  };

  const onMessage = (event: MessageEvent) => {
    // Only the page that embeds us, from an allowed origin: not another frame, not a popup, not a
    // same-origin page that happens to hold a reference to this window.
    if (event.source !== win.parent) return ignore('source');
    if (host === null || event.origin !== host) return ignore('origin');
    const parsed = parseHostCommand(event.data);
    if (!parsed.ok) return ignore(parsed.reason);
    run(parsed.message);
  };

  const run = (command: HostCommand) => {
    if (command.type === 'navigate') {
      const locale = localeOfPath(new URL(command.payload.path, win.location.origin).pathname);
      if (locale !== null && !options.locales.includes(locale)) {
        post('error', { code: 'navigation-failed', message: `No such locale: ${locale}` });
        return;
      }
      options.navigate(command.payload.path);
      return;
    }
    const { locale } = command.payload;
    if (!options.locales.includes(locale)) {
      post('error', { code: 'navigation-failed', message: `No such locale: ${locale}` });
      return;
    }
    const page = lastPage ?? win.location;
    options.navigate(withLocale(page.pathname, locale) + page.search + page.hash);
  };

  /**
   * The page scrolls to its `#anchor` as it renders (useHighlightedSentence), while the frame still has the
   * height of the page before, or of none: once the host has sized the frame to show it all, the anchor
   * is brought into view again, which scrolls the host page (the frame itself then has nothing to scroll).
   */
  const bringAnchorIntoView = () => {
    if (anchor === null) return;
    win.document.getElementById(anchor)?.scrollIntoView({ block: 'center' });
    anchor = null;
  };

  const report = (page: ShownPage) => {
    const url = new URL(page.pathname + page.search + page.hash, win.location.origin).href;
    const locale = localeOfPath(page.pathname);
    if (url !== lastUrl) {
      if (lastUrl !== null) post('navigate', { url });
      lastUrl = url;
      anchor = page.hash.length > 1 ? page.hash.slice(1) : null;
      // Already sized to show it all (the host made no change): the page's own scroll was right.
      if (anchor !== null) remeasure?.();
    }
    if (locale !== null && options.locales.includes(locale) && locale !== lastLocale) {
      if (lastLocale !== null) post('locale', { locale });
      lastLocale = locale;
    }
    if (locale !== null && page.pathname.replace(/\/+$/, '') === wizardPath(locale))
      reportOutcome(locale, url);
    else lastOutcome = null;
  };

  /** The outcome the wizard shows (it may still be rendering: then looked for again a few frames on). */
  const reportOutcome = (locale: string, url: string, tries = 10) => {
    const outcome = outcomeOf(win.document, locale, win.location.origin);
    if (!outcome) {
      if (tries > 0)
        win.requestAnimationFrame(() => lastUrl === url && reportOutcome(locale, url, tries - 1));
      else lastOutcome = null;
      return;
    }
    const key = `${url} ${outcome.outcome}`;
    if (key !== lastOutcome) post('outcome', outcome);
    lastOutcome = key;
  };

  const start = (config: EmbedConfig | null) => {
    if (stopped) return;
    const candidate = embeddingOrigin(win);
    if (config === null || !isAllowedOrigin(candidate, config)) {
      // Nobody to tell: an unlisted page gets no events (and `npm start` forbids it to frame us at all).
      return;
    }
    host = candidate;
    win.addEventListener('message', onMessage);
    cleanups.push(() => win.removeEventListener('message', onMessage));
    const locale = localeOfPath(win.location.pathname);
    const known = locale !== null && options.locales.includes(locale);
    post('ready', { url: win.location.href, locale: known ? locale : (options.locales[0] ?? 'en-us') });
    const height = watchHeight(win, (h) => post('resize', { height: h }), bringAnchorIntoView);
    remeasure = height.schedule;
    cleanups.push(height.stop);
    if (lastPage) report(lastPage);
  };

  void loadEmbedConfig(options.configUrl ?? '/embed-config.json', win).then(start);

  return {
    pageShown(page) {
      lastPage = page;
      if (host !== null) report(page);
    },
    stop() {
      stopped = true;
      cleanups.forEach((cleanup) => cleanup());
    },
    get ignored() {
      return ignored;
    },
  };
}

/**
 * The outcome on screen, as the wizard marks it (`data-outcome`, `data-who`, `data-sentence-key`: its id,
 * who contacts the customer, the cited sentences' keys), with public links to those sentences.
 */
function outcomeOf(doc: Document, locale: string, origin: string): FramePayloads['outcome'] | null {
  const panel = doc.querySelector<HTMLElement>('[data-outcome]');
  const { outcome, who } = panel?.dataset ?? {};
  const keys = [...doc.querySelectorAll<HTMLElement>('[data-sentence-key]')].map(
    (element) => element.dataset.sentenceKey ?? '',
  );
  if (!outcome || !isWho(who) || keys.length === 0) return null;
  return {
    outcome,
    who,
    citations: keys.map((key) => ({
      key,
      url: new URL(`${articlePath(locale, WIZARD_ARTICLE_SLUG)}#${sentenceAnchorId(key)}`, origin).href,
    })),
  };
}

/**
 * Reports the document's content height whenever it changes: a ResizeObserver on the root element
 * (`height: auto` in embed mode, so it is the content's height, not the viewport's), read at most once per
 * animation frame, and filtered by `nextResize` so that `vh`-sized content cannot make it loop. It also
 * measures when the frame's viewport changes (the host applied a height), though the content usually does
 * not: `nextResize` must know the viewport a later growth starts from, or it takes the host's earlier
 * resize for the cause of that growth. `onFits` runs after each measurement at which the frame shows all
 * of its content.
 */
function watchHeight(
  win: Window,
  onHeight: (height: number) => void,
  onFits: () => void,
): { schedule: () => void; stop: () => void } {
  const root = win.document.documentElement;
  let state: ResizeState | null = null;
  let frame = 0;
  const measure = () => {
    frame = 0;
    const content = Math.ceil(root.getBoundingClientRect().height);
    const next = nextResize(state, {
      content,
      viewportHeight: win.innerHeight,
      viewportWidth: win.innerWidth,
    });
    state = next.state;
    if (next.report !== null) onHeight(next.report);
    if (content <= win.innerHeight) onFits();
  };
  const schedule = () => {
    if (frame === 0) frame = win.requestAnimationFrame(measure);
  };
  const observer = new ResizeObserver(schedule);
  observer.observe(root);
  win.addEventListener('resize', schedule);
  // The host shows no scrollbar for the frame (it sizes it instead); nor does the frame itself.
  root.dataset.embedSized = '';
  schedule();
  return {
    schedule,
    stop() {
      observer.disconnect();
      win.removeEventListener('resize', schedule);
      if (frame !== 0) win.cancelAnimationFrame(frame);
      delete root.dataset.embedSized;
    },
  };
}
