import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { HtmlTagDescriptor } from 'vite';
import { inlineFaviconPlugin, svgDataUrl } from '../../scripts/vite-plugin-inline-favicon';

const ICON = new URL('../../src/app/favicon.svg', import.meta.url);

describe('the inline favicon', () => {
  it('encodes the SVG so that it decodes to the same markup and cannot end an HTML attribute', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><rect width="2" height="1" fill="#0b5cad"/></svg>';
    const url = svgDataUrl(`${svg}\n`);
    expect(url.startsWith('data:image/svg+xml,')).toBe(true);
    expect(decodeURIComponent(url.slice('data:image/svg+xml,'.length))).toBe(svg);
    expect(url).not.toMatch(/["'<>\s]/);
  });

  it('adds the site icon to every page head as a data: URL of src/app/favicon.svg', async () => {
    const plugin = inlineFaviconPlugin(ICON);
    const transform = plugin.transformIndexHtml as () => HtmlTagDescriptor[];
    const [tag, ...rest] = transform();
    expect(rest).toEqual([]);
    expect(tag).toMatchObject({
      tag: 'link',
      injectTo: 'head',
      attrs: { rel: 'icon', type: 'image/svg+xml' },
    });
    expect(tag?.attrs?.href).toBe(svgDataUrl(await readFile(ICON, 'utf8')));
  });
});
