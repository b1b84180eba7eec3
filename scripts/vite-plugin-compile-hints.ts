import type { Plugin } from 'vite';

/** Modules of data only (UI strings, article versions): a chunk of only these has no functions to compile. */
const isData = (id: string) => id.endsWith('.json') || id.includes('virtual:content/article/');

/**
 * V8's explicit compile hint (Chrome 136 and later; elsewhere a comment) on the first line of every chunk of
 * code, the only place V8 reads it: its functions compile on a background thread while it loads, not on the
 * main thread at their first call. Every chunk of this app runs when it loads; what it buys at 4× CPU is in
 * docs/performance.md.
 */
export function compileHintsPlugin(): Plugin {
  return {
    name: 'help-center:compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite's own additions to the top of a chunk (its preload map), so the hint stays first.
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || (chunk.moduleIds.length > 0 && chunk.moduleIds.every(isData)))
            continue;
          chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      },
    },
  };
}
