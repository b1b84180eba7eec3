// The bench's `embed` part: on a host page of another origin (examples/portal), the time from
// `HelpCenter.mount()` to the frame's `ready` and to its first `resize`, for the embedded wizard at normal
// CPU, and the gzip bytes of embed.js.
/* global window -- in page.waitForFunction, which runs in the host page */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createPortalServer } from '../../examples/portal/serve.mjs';
import { listen } from '../serve.mjs';
import { startSite } from './sites.mjs';
import { median, ms, track } from './util.mjs';

export async function measureEmbed(browser, { dist, samples, log }) {
  const portal = createPortalServer();
  const { port } = await listen(portal, 0);
  track('host page server', () => new Promise((resolve) => portal.close(resolve)));
  const hostOrigin = `http://127.0.0.1:${port}`;
  const site = await startSite(dist, 'embedded site', { EMBED_ALLOWED_ORIGINS: hostOrigin });
  const ready = [];
  const resize = [];
  for (let sample = 0; sample < samples; sample += 1) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${hostOrigin}/?${new URLSearchParams({ helpCenter: site.url, page: 'wizard' })}`);
    const times = await page.waitForFunction(() => {
      const at = (type) => window.helpCenterEvents?.find((event) => event.type === type)?.at;
      return at('ready') && at('resize') && [at('ready') - window.mountedAt, at('resize') - window.mountedAt];
    });
    const [toReady, toResize] = await times.jsonValue();
    ready.push(toReady);
    resize.push(toResize);
    await context.close();
  }
  const script = gzipSync(readFileSync(path.join(dist, 'embed.js')), { level: 9 }).length;
  log(
    `  mount() → ready ${ms(median(ready))}, → first resize ${ms(median(resize))}; embed.js ${script} B gzip`,
  );
  return {
    ready: { ms: median(ready), samples: ready },
    firstResize: { ms: median(resize), samples: resize },
    scriptGzip: script,
  };
}
