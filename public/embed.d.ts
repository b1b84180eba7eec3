/**
 * Types of the help center's host script, `embed.js` (served beside this file). Include the script with
 * `<script src="https://help.example.com/embed.js"></script>`, then call `HelpCenter.mount(element, options)`.
 * Contract: docs/embedding.md. Message envelope version 1.
 */

export type HelpCenterTheme = 'light' | 'dark';
export type HelpCenterPage = 'home' | 'article' | 'wizard';

/** Where the frame opens (mount) or goes (navigate). Every field is optional. */
export interface HelpCenterTarget {
  /** `en-us` (default), `zh-cn`, `zh-tw`, … */
  locale?: string;
  /** `home` (default), `article` or `wizard` ("Who contacts my customer?"). */
  page?: HelpCenterPage;
  /** The article's slug for `page: 'article'`; default `customer-communication-from-microsoft`. */
  article?: string;
  /** Wizard: the first answer. Home and article: the applies-to filter. `partner-center`, `us-government`, `germany` (wizard also `not-sure`). */
  cloud?: string;
  /** Home and article: the applies-to filter, `helpdesk-agent`. */
  role?: string;
  /** Wizard: later answers. */
  answers?: { topic?: string; relationship?: string };
  /** An article sentence to highlight: its anchor id (`s-1a2b3c4d`) or its English original (an outcome's citation key). */
  sentence?: string;
  /** Colours; default: the reader's system setting. */
  theme?: HelpCenterTheme;
}

export interface HelpCenterMountOptions extends HelpCenterTarget {
  /** The help center's origin; default: the origin `embed.js` was loaded from. */
  origin?: string;
  /** The iframe's accessible title; default "Help center". */
  title?: string;
}

export interface HelpCenterCitation {
  /** The sentence's English original (the same in every locale). */
  key: string;
  /** Absolute link to the sentence in the article. */
  url: string;
}

/** Events and their payloads. */
export interface HelpCenterEvents {
  /** The frame is running and talks to this page. `url`: the frame's URL. */
  ready: { url: string; locale: string };
  /** The frame's content height in CSS pixels (the script has already sized the iframe). */
  resize: { height: number };
  /** The reader went to another page or step inside the frame. */
  navigate: { url: string };
  /** The reader (or `setLocale`) switched language. */
  locale: { locale: string };
  /**
   * The wizard showed an outcome. `who` contacts the customer: the partner, Microsoft, it depends on the
   * customer, or `general`: the article states no rule for the case, only its general expectation (the partner).
   */
  outcome: {
    outcome: string;
    who: 'partner' | 'microsoft' | 'depends' | 'general';
    citations: HelpCenterCitation[];
  };
  /** `timeout`: no `ready` within 10 s (is this page's origin on the allowlist?). `navigation-failed`: a command named no such page or locale. */
  error: { code: 'navigation-failed' | 'timeout'; message: string };
  /** A message was ignored (foreign window or origin, malformed); `ignored` counts them. */
  debug: {
    ignored: number;
    reason: 'origin' | 'source' | 'envelope' | 'type' | 'payload';
  };
}

export type HelpCenterEvent = keyof HelpCenterEvents;

export interface HelpCenterHandle {
  /** The iframe the script created. */
  readonly iframe: HTMLIFrameElement;
  /** Listens to an event; returns a function that stops listening. */
  on<E extends HelpCenterEvent>(event: E, listener: (payload: HelpCenterEvents[E]) => void): () => void;
  /** Shows another page in the frame (sent once the frame is ready). A string is a site path, `/zh-cn/…`. */
  navigate(target: HelpCenterTarget | string): void;
  /** Switches the frame's language, keeping its page. */
  setLocale(locale: string): void;
  /** Removes the iframe and every listener. */
  destroy(): void;
}

export interface HelpCenterApi {
  readonly version: 1;
  mount(element: Element, options?: HelpCenterMountOptions): HelpCenterHandle;
}

declare global {
  interface Window {
    HelpCenter: HelpCenterApi;
  }
  var HelpCenter: HelpCenterApi;
}
