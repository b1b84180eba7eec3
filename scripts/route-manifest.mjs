// The route table (src/app/route-table.tsx) as the plain .mjs scripts read it: written by every build
// (scripts/prerender.mjs, from the server bundle's `routeManifest()`), read by the bench's routes.
// The routes are code, not content: any build of this checkout writes the same file.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FILE = path.resolve(import.meta.dirname, '../node_modules/.cache/help-center/route-manifest.json');

export function writeRouteManifest(manifest) {
  mkdirSync(path.dirname(FILE), { recursive: true });
  writeFileSync(FILE, `${JSON.stringify(manifest, null, 1)}\n`);
}

/** `{ routes: [{ id, url }] }`, each URL's locale written `{locale}`. */
export function readRouteManifest() {
  try {
    return JSON.parse(readFileSync(FILE, 'utf8'));
  } catch (error) {
    throw new Error(`No route manifest at ${FILE}: run "npm run build" first`, { cause: error });
  }
}
