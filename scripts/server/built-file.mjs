// The build keeps what grows with the corpus compressed only (scripts/precompress.mjs): a built file is
// on disk as it is or as its .gz copy. What reads the build after it was written (the servers, the bench,
// the tests) reads it through here, by the file's own path.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Where a built file's bytes are: the file itself, else its .gz copy; null when there is neither. */
export function builtCopyOf(file) {
  if (isFile(file)) return { file, compressed: false };
  if (isFile(`${file}.gz`)) return { file: `${file}.gz`, compressed: true };
  return null;
}

export const isBuilt = (file) => builtCopyOf(file) !== null;

/** A built file's bytes (a string with `encoding`), decompressed when only its .gz copy was kept. */
export function readBuilt(file, encoding) {
  const copy = builtCopyOf(file);
  if (!copy) throw new Error(`No ${file} in the build (nor its .gz copy)`);
  const bytes = copy.compressed ? gunzipSync(readFileSync(copy.file)) : readFileSync(copy.file);
  return encoding ? bytes.toString(encoding) : bytes;
}

function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Every built file under `dir` by its own path, whether kept as it is or compressed only. */
export function builtFilesUnder(dir) {
  const names = new Set();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (file.endsWith('.br')) continue;
    names.add(file.endsWith('.gz') && !isFile(file.slice(0, -3)) ? file.slice(0, -3) : file);
  }
  // A .gz copy beside its file names nothing of its own.
  return [...names].filter((file) => !(file.endsWith('.gz') && names.has(file.slice(0, -3)))).sort();
}
