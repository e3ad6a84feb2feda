import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { dashboardPlugins } from './src/build/vitePlugins.ts';

export default defineConfig({
  plugins: [
    react(),
    // Tests read the bundled sample, whatever DATA_DIR says.
    dashboardPlugins({
      root: fileURLToPath(new URL('.', import.meta.url)),
      command: 'serve',
      dataDir: 'mocks/sample',
      externalApi: false,
    }),
  ],
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
