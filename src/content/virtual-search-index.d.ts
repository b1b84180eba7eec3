declare module 'virtual:search-index' {
  /** Each locale's manifest, and the URL of the folder holding its shards (ends with `/`). */
  export const searchIndexLoaders: Record<
    string,
    () => Promise<{ default: { manifest: import('../domain/search-shards').SearchManifest; base: string } }>
  >;
}
