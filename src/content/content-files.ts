/**
 * Where the server build reads article files from: the folder the client build wrote them to, named by
 * the prerender before it renders (the server build's loaders read it; see vite-plugin-content.ts).
 */
export const CONTENT_FILES_KEY = 'help-center-content-files';

export function setContentFilesRoot(outDir: string): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(CONTENT_FILES_KEY)] = outDir;
}
