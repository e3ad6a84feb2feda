import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { sampleDataset } from './mocks/data/dataset';
import { pages } from './src/app/routes';
import { staticApi } from './src/build/staticApi';

export default defineConfig(({ mode }) => ({
  base: process.env.BASE_PATH ?? '/',
  resolve: {
    // React Router 7's exports always name its development build, warnings included
    // (remix-run/react-router#14102); a production build takes its production twin.
    alias:
      mode === 'production'
        ? [
            {
              find: /^react-router$/,
              replacement: fileURLToPath(
                new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
              ),
            },
          ]
        : [],
  },
  plugins: [
    react(),
    staticApi({
      dataset: sampleDataset,
      routes: pages.map((page) => page.path.replace(/^\//, '')).filter(Boolean),
      // The bundled data is the sample; a real API's pages render in the browser only.
      prerender: !process.env.VITE_API_BASE_URL,
      siteUrl: process.env.SITE_URL,
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
