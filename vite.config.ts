import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentPlugin } from './src/content/vite-plugin-content';

export default defineConfig({
  plugins: [react(), contentPlugin()],
  build: {
    target: 'es2022',
    manifest: true,
    // Article versions and UI strings are per-locale chunks, loaded only for the locale shown.
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('virtual:content/article/')
            ? 'assets/article-[name]-[hash].js'
            : 'assets/[name]-[hash].js',
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
