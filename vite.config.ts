import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { dashboardPlugins } from './src/build/vitePlugins.ts';

// The pages state the site's public address (in the data page's shell commands, say): Vite hands the
// client VITE_ variables only, and the prerenderer, in the same process, reads the same one.
if (process.env.SITE_URL) process.env.VITE_SITE_URL = process.env.SITE_URL;

export default defineConfig(({ command }) => ({
  base: process.env.BASE_PATH ?? '/',
  resolve: {
    // React 19 has useSyncExternalStore: the shim that wouter and recharts import for older
    // Reacts is replaced by React's own (src/lib/builtInSyncExternalStore.ts).
    alias: [
      {
        find: /^use-sync-external-store\/shim(\/index\.js)?$/,
        replacement: fileURLToPath(new URL('./src/lib/builtInSyncExternalStore.ts', import.meta.url)),
      },
      {
        find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
        replacement: 'use-sync-external-store/with-selector.js',
      },
    ],
  },
  plugins: [
    react(),
    dashboardPlugins({
      root: fileURLToPath(new URL('.', import.meta.url)),
      command,
      dataDir: process.env.DATA_DIR,
      externalApi: Boolean(process.env.VITE_API_BASE_URL),
      siteUrl: process.env.SITE_URL,
      signingKey: process.env.SIGNING_KEY,
      apiBaseUrl: process.env.VITE_API_BASE_URL,
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      input: { main: 'index.html', widget: 'widget.html' },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
}));
