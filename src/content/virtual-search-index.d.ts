declare module 'virtual:search-index' {
  export const searchIndexLoaders: Record<
    string,
    () => Promise<{ default: import('../domain/search').SerializedSearchIndex }>
  >;
}
