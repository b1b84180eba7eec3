import { lazy } from 'react';

/**
 * Each page's code is its own chunk, so an article does not download the home page's filter or the
 * wizard. `source` is the module's path as Vite's build manifest keys it: prerendering preloads it.
 */
export const routeModules = {
  home: {
    source: 'src/app/routes/HomeRoute.tsx',
    load: () => import('./routes/HomeRoute').then((module) => ({ default: module.HomeRoute })),
  },
  article: {
    source: 'src/app/routes/ArticleRoute.tsx',
    load: () => import('./routes/ArticleRoute').then((module) => ({ default: module.ArticleRoute })),
  },
  wizard: {
    source: 'src/features/wizard/components/WizardPage.tsx',
    load: () =>
      import('../features/wizard/components/WizardPage').then((module) => ({ default: module.WizardPage })),
  },
} as const;

export type LazyRoute = keyof typeof routeModules;

export const HomeRoute = lazy(routeModules.home.load);
export const ArticleRoute = lazy(routeModules.article.load);
export const WizardPage = lazy(routeModules.wizard.load);
