/**
 * Stands in for `use-sync-external-store/shim` (react-i18next imports it). That package returns
 * React's own `useSyncExternalStore` whenever React has one, as React 18 and later always do, so
 * its fallback is dead weight in the first download; vite.config.ts points the import here.
 */
export { useSyncExternalStore } from 'react';
