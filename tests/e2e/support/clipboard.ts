import type { Page } from 'playwright-core';

/** What the page last put on the clipboard: its flavours and their text. */
export interface ClipboardWrite {
  types: string[];
  plain: string;
  html: string | null;
}

/**
 * Records what the page writes to the clipboard, then lets the write through. The site's Permissions-Policy
 * denies reading the clipboard (`clipboard-read=()`: the site never reads it), so a test cannot read it
 * back from the page; it checks what the page wrote instead.
 */
export async function recordClipboardWrites(page: Page): Promise<void> {
  await page.evaluate(() => {
    const clipboard = navigator.clipboard;
    const writes: ClipboardWrite[] = [];
    Object.assign(window, { clipboardWrites: writes });
    const write = clipboard.write.bind(clipboard);
    const writeText = clipboard.writeText.bind(clipboard);
    clipboard.write = async (items) => {
      const [item] = items;
      if (item) {
        const text = async (type: string) =>
          item.types.includes(type) ? (await item.getType(type)).text() : null;
        writes.push({
          types: [...item.types],
          plain: (await text('text/plain')) ?? '',
          html: await text('text/html'),
        });
      }
      return write(items);
    };
    clipboard.writeText = async (plain) => {
      writes.push({ types: ['text/plain'], plain, html: null });
      return writeText(plain);
    };
    interface ClipboardWrite {
      types: string[];
      plain: string;
      html: string | null;
    }
  });
}

/** The last write `recordClipboardWrites` saw, or null before any. */
export function lastClipboardWrite(page: Page): Promise<ClipboardWrite | null> {
  return page.evaluate(() => {
    const writes = (window as unknown as { clipboardWrites?: ClipboardWrite[] }).clipboardWrites ?? [];
    return writes.at(-1) ?? null;
    interface ClipboardWrite {
      types: string[];
      plain: string;
      html: string | null;
    }
  });
}
