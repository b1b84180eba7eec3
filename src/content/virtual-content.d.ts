declare module 'virtual:content/catalog' {
  export const catalog: import('./content-manifest').ContentCatalog;
}

declare module 'virtual:content/manifest' {
  export const manifest: import('./content-manifest').ContentManifest;
  export const articleLoaders: Record<
    string,
    () => Promise<{ default: import('../domain/article').Article }>
  >;
}
