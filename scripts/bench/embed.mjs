// The bench's `embed` part: on a host page of another origin (examples/portal), `HelpCenter.mount()` → the
// embedded wizard's `ready` and → its first `resize`, at normal CPU; and the gzip bytes of embed.js.
/* global window -- in page.waitForFunction, which runs in the host page */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createPortalServer } from '../../examples/portal/serve.mjs';
import { listen } from '../serve.mjs';
import { startSite } from './sites.mjs';
import { sampleTiming, track } from './util.mjs';

/** Both timings (util.mjs), each sample in a fresh context, and the host script's gzip bytes. */
export async function measureEmbed(browser, { dist, samples }) {
  const portal = createPortalServer();
  const { port } = await listen(portal, 0);
  track('host page server', () => new Promise((resolve) => portal.close(resolve)));
  const hostOrigin = `http://127.0.0.1:${port}`;
  const site = await startSite(dist, 'embedded site', { EMBED_ALLOWED_ORIGINS: hostOrigin });
  const url = `${hostOrigin}/?${new URLSearchParams({ helpCenter: site.url, page: 'wizard' })}`;
  /** Time from mount() to the frame's first message of `type`. */
  const time = (type) => async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    try {
      await page.goto(url);
      const fromMount = await page.waitForFunction((name) => {
        const at = window.helpCenterEvents?.find((event) => event.type === name)?.at;
        return at && at - window.mountedAt;
      }, type);
      return fromMount.jsonValue();
    } finally {
      await page.close(); // and its context
    }
  };
  const where = 'embedded wizard';
  return {
    timings: [
      await sampleTiming({ figure: 'mount() → ready', where }, samples, time('ready')),
      await sampleTiming({ figure: 'mount() → first resize', where }, samples, time('resize')),
    ],
    scriptGzip: gzipSync(readFileSync(path.join(dist, 'embed.js')), { level: 9 }).length,
  };
}
