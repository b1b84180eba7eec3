import { useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import {
  parsePath,
  UNSAFE_NavigationContext as NavigationContext,
  useLocation,
  useNavigate,
  type To,
} from 'react-router';
import { keepEmbedMode, type EmbedMode } from '../../../domain/embed-url';
import type { FrameBridge } from '../frame-bridge';

/**
 * A page in embed mode (`?embed=1`, docs/embedding.md): the theme the URL asks for, links and
 * navigations that stay in embed mode, and the bridge to the page that embeds it.
 */
export function EmbedShell({
  mode,
  locales,
  children,
}: {
  mode: EmbedMode;
  /** The locales the help center has (commands may name only these). */
  locales: readonly string[];
  children: ReactNode;
}) {
  return (
    <KeepEmbedMode mode={mode}>
      {/* The theme is an attribute of the prerendered HTML: the first paint has the right colours. */}
      <div className="embed-page" data-theme={mode.theme ?? undefined}>
        {children}
      </div>
      <EmbedBridge locales={locales} />
    </KeepEmbedMode>
  );
}

/**
 * Every link and navigation below it keeps `embed=1` and the theme: the router's navigator, which both
 * `useHref` (every link's href, prerendered too) and `useNavigate` go through, adds them. React Router
 * exports its navigation context for wrappers like this one.
 */
function KeepEmbedMode({ mode, children }: { mode: EmbedMode; children: ReactNode }) {
  const context = useContext(NavigationContext);
  const { theme } = mode;
  const value = useMemo(() => {
    const { navigator } = context;
    const keep = (to: To): To => {
      const path = typeof to === 'string' ? parsePath(to) : to;
      return { ...path, search: keepEmbedMode(path.search ?? '', { embedded: true, theme }) };
    };
    return {
      ...context,
      navigator: {
        ...navigator,
        createHref: (to: To) => navigator.createHref(keep(to)),
        push: (to: To, state?: unknown, options?: object) => navigator.push(keep(to), state, options),
        replace: (to: To, state?: unknown, options?: object) => navigator.replace(keep(to), state, options),
      },
    };
  }, [context, theme]);
  return <NavigationContext value={value}>{children}</NavigationContext>;
}

/** Starts the frame's side of the protocol once the page is on screen. */
function EmbedBridge({ locales }: { locales: readonly string[] }) {
  const location = useLocation();
  const navigate = useNavigate();
  const navigateRef = useRef(navigate);
  const bridge = useRef<FrameBridge | null>(null);
  const page = useRef(location);
  useEffect(() => {
    navigateRef.current = navigate;
    page.current = location;
    bridge.current?.pageShown(location);
  });
  useEffect(() => {
    let cancelled = false;
    // Its code (the protocol, the validation, the decision module for outcomes) loads only here.
    void import('../frame-bridge').then(({ startFrameBridge }) => {
      if (cancelled) return;
      bridge.current = startFrameBridge({ navigate: (path) => void navigateRef.current(path), locales });
      bridge.current.pageShown(page.current);
    });
    return () => {
      cancelled = true;
      bridge.current?.stop();
      bridge.current = null;
    };
  }, [locales]);
  return null;
}
