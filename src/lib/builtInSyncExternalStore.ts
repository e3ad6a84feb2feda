/**
 * Stands in for the package use-sync-external-store/shim (see vite.config.ts), which wouter and
 * recharts import for Reacts older than 18. React 19 has the hook built in; the shim's copy of it
 * would be half a kilobyte of every page's JavaScript that never runs.
 */
export { useSyncExternalStore } from 'react';
