// Stands in for the `use-sync-external-store/shim` package in builds (see vite.config.ts). react-i18next
// imports that shim for React < 18; React 19 has the hook built in, so the shim's fallback code (0.7 kB
// gzip on every page) would never run.
export { useSyncExternalStore } from 'react';
