import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sampleDataset } from './mocks/data/dataset';
import { pages } from './src/app/routes';
import { staticApi } from './src/build/staticApi';

export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
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
});
