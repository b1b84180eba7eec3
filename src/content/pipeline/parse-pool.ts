/**
 * Parses sources on several threads: each worker asks for the next small batch when it is done, so one
 * long file does not hold up a whole share of the folder.
 */
import { Worker } from 'node:worker_threads';
import type { SourceFile } from './content-layout';
import type { ParsedSource } from './read-source';

const BATCH_SIZE = 8;
/**
 * Parsing allocates many short-lived nodes, and V8's default young generation collects them over and over:
 * CPU per real file for the markdown parse was 68.8 ms with its 16 MB semi-spaces, 56.7 ms with 64 MB and
 * 49.1 ms with 256 MB (one process, same files). 64 MB semi-spaces: the cold import and parse of the three
 * shared locales took the same CPU as with 128 MB (30.0–31.0 s) at 930 MB of peak memory instead of 1.2 GB,
 * which the build's own peak (its budget: 2 GB) includes.
 */
const YOUNG_GENERATION_MB = 192;
export async function parseInWorkers(
  sources: readonly SourceFile[],
  workerFile: string,
  threads: number,
): Promise<ParsedSource[]> {
  const results: ParsedSource[] = new Array<ParsedSource>(sources.length);
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(workerFile, {
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
      let batchStart = 0;
      const sendNext = () => {
        if (next >= sources.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        batchStart = next;
        next += BATCH_SIZE;
        worker.postMessage(sources.slice(batchStart, next));
      };
      worker.on('message', (parsed: ParsedSource[]) => {
        parsed.forEach((result, index) => (results[batchStart + index] = result));
        sendNext();
      });
      worker.on('error', reject);
      sendNext();
    });
  const count = Math.max(1, Math.min(threads, Math.ceil(sources.length / BATCH_SIZE)));
  if (sources.length > 0) await Promise.all(Array.from({ length: count }, runWorker));
  return results;
}
