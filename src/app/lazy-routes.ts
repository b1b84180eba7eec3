import { lazy, type ComponentType, type ReactNode } from 'react';

/**
 * A page whose code is its own chunk. Once `load()` has run (the client preloads the current page before
 * hydrating), the component renders without suspending: `React.lazy` accepts a thenable, and one that
 * calls back at once resolves during the same render, so hydration does not wait a tick for it.
 */
function lazyPage<Props extends object>(
  source: string,
  importPage: () => Promise<{ default: ComponentType<Props> }>,
) {
  type PageModule = { default: ComponentType<Props> };
  let loaded: PageModule | undefined;
  const load = () => importPage().then((module) => (loaded = module));
  // React's types ask for a Promise, but React itself only calls `then` (see the comment above).
  const resolved = (module: PageModule) =>
    ({ then: (resolve: (value: PageModule) => void) => resolve(module) }) as unknown as Promise<PageModule>;
  const Page = lazy(() => (loaded ? resolved(loaded) : load()));
  return { source, load, isLoaded: () => loaded !== undefined, Page };
}

/**
 * Each page's code is its own chunk, so an article does not download the home page's filter or the
 * wizard. `source` is the module's path as Vite's build manifest keys it: prerendering preloads it.
 */
export const routeModules = {
  root: lazyPage<object>('src/app/routes/RootRedirect.tsx', () =>
    import('./routes/RootRedirect').then((module) => ({ default: module.RootRedirect })),
  ),
  home: lazyPage<object>('src/app/routes/HomeRoute.tsx', () =>
    import('./routes/HomeRoute').then((module) => ({ default: module.HomeRoute })),
  ),
  article: lazyPage<{ notices: ReactNode }>('src/app/routes/ArticleRoute.tsx', () =>
    import('./routes/ArticleRoute').then((module) => ({ default: module.ArticleRoute })),
  ),
  notFound: lazyPage<object>('src/app/routes/NotFoundRoute.tsx', () =>
    import('./routes/NotFoundRoute').then((module) => ({ default: module.NotFoundRoute })),
  ),
  unknownLocale: lazyPage<{ requested: string }>('src/app/routes/NotFoundRoute.tsx', () =>
    import('./routes/NotFoundRoute').then((module) => ({ default: module.UnknownLocalePage })),
  ),
  // Not a page: the article page's applies-to notices, which only URLs naming the filter need.
  articleFilterNotices: lazyPage<{ slug: string }>(
    'src/features/applies-to/components/AppliesToNotices.tsx',
    () =>
      import('../features/applies-to/components/AppliesToNotices').then((module) => ({
        default: module.AppliesToNotices,
      })),
  ),
  wizard: lazyPage<object>('src/features/wizard/components/WizardPage.tsx', () =>
    import('../features/wizard/components/WizardPage').then((module) => ({ default: module.WizardPage })),
  ),
};

export type LazyRoute = keyof typeof routeModules;

export const RootRedirect = routeModules.root.Page;
export const HomeRoute = routeModules.home.Page;
export const ArticleRoute = routeModules.article.Page;
export const WizardPage = routeModules.wizard.Page;
export const NotFoundPage = routeModules.notFound.Page;
export const UnknownLocalePage = routeModules.unknownLocale.Page;
export const ArticleFilterNotices = routeModules.articleFilterNotices.Page;
