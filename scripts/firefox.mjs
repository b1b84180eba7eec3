// How this project starts Debian's Firefox ESR, shared by the Firefox end-to-end tests and the browser check.

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Preferences of the fresh profile each test file's Firefox gets, beside puppeteer's own (which already turn
 * off updates, telemetry and safe browsing). Every request that is not to loopback goes to a proxy that
 * does not exist (port 9 on loopback: nothing listens), so it fails at once; loopback is never proxied.
 * Name lookups, DNS over HTTPS, and the captive-portal and connectivity probes are off too.
 */
export const FIREFOX_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.allow_hijacking_localhost': false,
  'network.trr.mode': 5,
  'network.dns.disablePrefetch': true,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};
