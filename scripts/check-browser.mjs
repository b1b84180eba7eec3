// `npm test` starts here: fail early, with the fix, when the pinned Node is not the one running (its binary
// comes from the `node` package's install script), or when Debian's Chromium or Firefox ESR is missing
// (the end-to-end tests drive them).
import { existsSync, readFileSync } from 'node:fs';

import { CHROMIUM_PATH } from './chromium.mjs';
import { FIREFOX_PATH } from './firefox.mjs';

const pinned = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).devDependencies
  .node;
if (process.versions.node !== pinned) {
  console.error(
    `This is Node ${process.versions.node}; the project runs on Node ${pinned}, which "npm install" puts in ` +
      'node_modules/.bin (install scripts must be allowed). Run the scripts with npm (npm test, npm start).',
  );
  process.exit(1);
}

const missing = [
  { name: 'Chromium', path: CHROMIUM_PATH, variable: 'CHROMIUM_PATH' },
  { name: 'Firefox ESR', path: FIREFOX_PATH, variable: 'FIREFOX_PATH' },
].filter(({ path }) => !existsSync(path));

if (missing.length > 0) {
  for (const { name, path, variable } of missing) {
    console.error(
      `${name} is missing at ${path}; the end-to-end tests need it (or set ${variable} to another binary).`,
    );
  }
  console.error(
    'Install them with: sudo apt-get update && sudo apt-get install -y chromium firefox-esr fonts-noto-cjk\n' +
      '(or run "bash .ci/run", which installs them).',
  );
  process.exit(1);
}
