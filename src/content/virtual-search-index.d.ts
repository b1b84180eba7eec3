declare module 'virtual:search-index' {
  /** Each locale's manifest, and the URL of the folder holding its shards (ends with `/`). */
  export const searchIndexLoaders: Record<
    string,
    () => Promise<{ default: { manifest: import('../domain/search-shards').SearchManifest; base: string } }>
  >;
}

declare module 'virtual:search-shard-files' {
  /** Every shard file of every locale, path under the output folder → JSON text (for jsdom's fetch). */
  const files: Map<string, string>;
  export default files;
}
