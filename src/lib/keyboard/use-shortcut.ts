import { useEffect, useRef } from 'react';

/** True when a key press is typing: in a field, an editable element or a select. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  // `isContentEditable` where the DOM has it (jsdom has not), else the attribute on it or an ancestor.
  return (
    target.isContentEditable ||
    target.closest('[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]') !==
      null
  );
}

/**
 * Runs `action` when `key` is pressed anywhere on the page, except while typing in a field or with a
 * modifier held (Ctrl/Cmd/Alt shortcuts are the browser's).
 */
export function useShortcut(key: string, action: (event: KeyboardEvent) => void, enabled = true): void {
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== key || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented)
        return;
      if (isTyping(event.target)) return;
      latest.current(event);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [key, enabled]);
}
