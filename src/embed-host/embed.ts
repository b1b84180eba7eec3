/**
 * The host script, `embed.js` (docs/embedding.md): a portal includes it with one `<script>` tag and calls
 * `HelpCenter.mount(element, options)`. Built by scripts/build.mjs into a dependency-free IIFE; its types
 * are public/embed.d.ts, which this file implements (the compiler checks it against them).
 */
import type {
  HelpCenterApi,
  HelpCenterEvent,
  HelpCenterEvents,
  HelpCenterHandle,
  HelpCenterMountOptions,
  HelpCenterTarget,
} from '../../public/embed';
import {
  hostCommand,
  isSitePath,
  originOf,
  parseFrameEvent,
  staysOnOrigin,
  type HostCommand,
} from '../domain/embed-message';
import { embedPath } from '../domain/embed-url';

/** Without `ready` by then, the frame is not talking to us: most likely this origin is not allowlisted. */
const READY_TIMEOUT_MS = 10_000;

const scriptOrigin = originOf((document.currentScript as HTMLScriptElement | null)?.src);

function mount(element: Element, options: HelpCenterMountOptions = {}): HelpCenterHandle {
  const origin = originOf(options.origin ?? scriptOrigin);
  if (!origin) throw new TypeError('HelpCenter.mount: options.origin must be the help center origin');
  const iframe = document.createElement('iframe');
  iframe.src = origin + embedPath(options);
  iframe.title = options.title ?? 'Help center';
  // The frame learns our origin from the referrer where `location.ancestorOrigins` is missing.
  iframe.referrerPolicy = 'origin';
  // It is sized to its content: a scrollbar would only show a lag.
  iframe.setAttribute('scrolling', 'no');
  iframe.style.cssText = 'display:block;width:100%;border:0;height:150px';

  type Listener = (payload: unknown) => void;
  const listeners = new Map<HelpCenterEvent, Set<Listener>>();
  const emit = <E extends HelpCenterEvent>(event: E, payload: HelpCenterEvents[E]) => {
    listeners.get(event)?.forEach((listener) => {
      try {
        listener(payload);
      } catch (error) {
        // One listener's mistake does not stop the others, nor the script.
        setTimeout(() => {
          throw error;
        });
      }
    });
  };
  let ready = false;
  let ignored = 0;
  let queued: HostCommand[] = [];
  const send = (command: HostCommand) => {
    if (ready) iframe.contentWindow?.postMessage(command, origin);
    else queued.push(command);
  };
  const timeout = setTimeout(() => {
    if (!ready)
      emit('error', {
        code: 'timeout',
        message: `No answer from ${origin}: is ${location.origin} in its embed-config.json allowedHostOrigins?`,
      });
  }, READY_TIMEOUT_MS);

  const onMessage = (event: MessageEvent) => {
    // Only our own iframe's window, from the help center's origin: no other frame, popup or page.
    if (event.source !== iframe.contentWindow || event.origin !== origin) {
      // Other widgets' messages are none of our business: count only those that claim to be ours.
      const claims = (event.data as { source?: unknown } | null)?.source === 'help-center';
      if (claims)
        emit('debug', { ignored: (ignored += 1), reason: event.origin !== origin ? 'origin' : 'source' });
      return;
    }
    const parsed = parseFrameEvent(event.data);
    // Every URL in it must be the help center's own: a listener may open or show it.
    if (!parsed.ok || !staysOnOrigin(parsed.message, origin)) {
      emit('debug', { ignored: (ignored += 1), reason: parsed.ok ? 'payload' : parsed.reason });
      return;
    }
    const message = parsed.message;
    if (message.type === 'resize') iframe.style.height = `${message.payload.height}px`;
    if (message.type === 'ready') {
      ready = true;
      clearTimeout(timeout);
      queued.forEach(send);
      queued = [];
    }
    emit(message.type, message.payload as never);
  };
  addEventListener('message', onMessage);
  element.appendChild(iframe);

  return {
    iframe,
    on(event, listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener as Listener);
      return () => void set.delete(listener as Listener);
    },
    navigate(target: HelpCenterTarget | string) {
      const path = typeof target === 'string' ? target : embedPath(target);
      if (!isSitePath(path)) throw new TypeError('HelpCenter navigate: a site path starts with one "/"');
      send(hostCommand('navigate', { path }));
    },
    setLocale(locale: string) {
      send(hostCommand('setLocale', { locale: String(locale).toLowerCase() }));
    },
    destroy() {
      clearTimeout(timeout);
      removeEventListener('message', onMessage);
      iframe.remove();
      listeners.clear();
    },
  };
}

const api: HelpCenterApi = { version: 1, mount };
window.HelpCenter = api;
