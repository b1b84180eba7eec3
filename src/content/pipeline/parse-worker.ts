/**
 * A parse worker's entry (bundled to JavaScript by `worker-bundle.ts`): parses each batch of sources it is
 * sent and posts back the results in the same order.
 */
import { parentPort } from 'node:worker_threads';
import type { SourceFile } from './content-layout';
import { SOURCE_PARSERS } from './load-content';
import { readSource } from './read-source';

parentPort?.on('message', (batch: SourceFile[]) => {
  parentPort?.postMessage(batch.map((source) => readSource(source, SOURCE_PARSERS)));
});
