// The end-to-end tests drive Debian's Chromium; fail early, with the fix, when it is missing.
import { existsSync } from 'node:fs';

import { CHROMIUM_PATH } from './chromium.mjs';

if (!existsSync(CHROMIUM_PATH)) {
  console.error(
    `Chromium is missing at ${CHROMIUM_PATH}; the end-to-end tests need it.\n` +
      'Install it with: sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n' +
      '(or run "bash .ci/run", which installs it), or set CHROMIUM_PATH to another Chromium binary.',
  );
  process.exit(1);
}
