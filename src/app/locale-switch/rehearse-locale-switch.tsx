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

/** Polling interval, in milliseconds, for a step's result (only checked in idle time). */
const POLL_MS = 50;

/**
 * Rehearses a locale switch, once, while the browser is idle: renders the app at the first URL, hidden
 * and outside the document, then switches that copy to each next URL, then throws it away. The first
 * time a page's code updates it runs slowly (the browser's engine has compiled the code but not yet
 * learnt its shapes); after the rehearsal the visitor's first real switch runs code the engine already
 * knows, about a third faster with a slow CPU. Inside React's hidden `<Activity>` none of the copy's
 * effects run, so it never touches the document's head, focus or scroll; it renders at the lowest
 * priority, in slices, so input is never kept waiting. True when every step was rendered.
 */
export async function rehearseLocaleSwitch(urls: readonly string[], signal: AbortSignal): Promise<boolean> {
  const container = document.createElement('div');
  const root = createRoot(container, {
    onUncaughtError: ignore,
    onCaughtError: ignore,
    onRecoverableError: ignore,
  });
  try {
    for (const url of urls) {
      if (signal.aborted) return false;
      root.render(<RehearsalCopy url={url} />);
      if (!(await rendered(container, url, signal))) return false;
    }
    return true;
  } finally {
    root.unmount();
  }
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
