import { Activity } from 'react';
import { createRoot } from 'react-dom/client';
import { Router, createPath, parsePath, type Location, type Navigator } from 'react-router';
import { AppRoutes } from '../App';

/** Where a rehearsal copy may not go: it has no history of its own, and nothing is shown. */
const inertNavigator: Navigator = {
  createHref: (to) => (typeof to === 'string' ? to : createPath(to)),
  go: () => undefined,
  push: () => undefined,
  replace: () => undefined,
};

const ignore = () => undefined;

/** How long one step of a rehearsal may take before it is given up (it renders only in idle time). */
const STEP_TIMEOUT_MS = 5000;

/** How often a step looks whether the copy has rendered. */
const POLL_MS = 50;

export interface Rehearsal {
  /** The copy's elements: outside the document, hidden. */
  readonly container: HTMLElement;
  /** Renders (then switches) the copy to `url`; true once it shows it, false when it did not in time. */
  show(url: string, signal: AbortSignal): Promise<boolean>;
  close(): void;
}

/**
 * A hidden copy of the app, rendered outside the document, for rehearsing a locale switch while the
 * browser is idle. The first time a page's code updates it runs slowly (the engine has compiled the code
 * but not yet learnt the shapes of its data); after a rehearsal the visitor's first real switch runs code
 * the engine already knows (about a third faster with a slow CPU), and the copy's elements hold the other
 * locale's text, structured as the page will show it, for laying out ahead (warm-up-text.ts). Inside
 * React's hidden `<Activity>` none of the copy's effects run, so it never touches the document's head,
 * focus or scroll; it renders at the lowest priority, in slices, so input is never kept waiting.
 */
export function openRehearsal(): Rehearsal {
  const container = document.createElement('div');
  const root = createRoot(container, {
    onUncaughtError: ignore,
    onCaughtError: ignore,
    onRecoverableError: ignore,
  });
  return {
    container,
    show(url, signal) {
      root.render(<RehearsalCopy url={url} />);
      return rendered(container, url, signal);
    },
    close: () => root.unmount(),
  };
}

function RehearsalCopy({ url }: { url: string }) {
  const location: Location = {
    pathname: '/',
    search: '',
    hash: '',
    ...parsePath(url),
    state: null,
    key: url,
  };
  return (
    <Router location={location} navigator={inertNavigator}>
      <Activity mode="hidden">
        <AppRoutes />
        {/* Rendered with the page, in the same (hidden) pass: tells when the copy shows `url`. */}
        <span data-rehearsal-url={url} />
      </Activity>
    </Router>
  );
}

/** Waits until the copy in `container` shows `url`; false when it did not in time or was aborted. */
async function rendered(container: HTMLElement, url: string, signal: AbortSignal): Promise<boolean> {
  const deadline = performance.now() + STEP_TIMEOUT_MS;
  while (!signal.aborted && performance.now() < deadline) {
    const marker = container.querySelector<HTMLElement>('[data-rehearsal-url]');
    if (marker?.dataset.rehearsalUrl === url && container.querySelector('h1')) return true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return false;
}
