// The end-to-end tests drive Debian's Chromium and Firefox ESR; fail early, with the fix, when one is missing.
import { existsSync } from 'node:fs';

import { CHROMIUM_PATH } from './chromium.mjs';
import { FIREFOX_PATH } from './firefox.mjs';

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
