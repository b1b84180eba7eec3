import { lazy, type ComponentType } from 'react';
import { retryOnce } from '../lib/promise/retry-once';

/** A page (or part of one) whose code is its own chunk. */
export interface LazyPage<Props extends object = object> {
  /** The module's path as Vite's build manifest keys it: prerendering preloads its chunk. */
  source: string;
  load: () => Promise<unknown>;
  isLoaded: () => boolean;
  Page: ComponentType<Props>;
}

/**
 * Once `load()` has run (the client loads the current page before hydrating), the component renders
 * without suspending: `React.lazy` accepts a thenable, and one that calls back at once resolves during the
 * same render, so hydration does not wait a tick for it.
 */
export function lazyPage<Props extends object>(
  source: string,
  importPage: () => Promise<ComponentType<Props>>,
): LazyPage<Props> {
  type PageModule = { default: ComponentType<Props> };
  let loaded: PageModule | undefined;
  const load = () => retryOnce(importPage).then((component) => (loaded = { default: component }));
  // React's types ask for a Promise, but React itself only calls `then` (see the comment above).
  const resolved = (module: PageModule) =>
    ({ then: (resolve: (value: PageModule) => void) => resolve(module) }) as unknown as Promise<PageModule>;
  const Page = lazy(() => (loaded ? resolved(loaded) : load()));
  return { source, load, isLoaded: () => loaded !== undefined, Page };
}
