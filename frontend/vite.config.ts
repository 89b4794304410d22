import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

const backend = process.env.JIANFU_BACKEND ?? 'http://localhost:8080';

// Dev server proxies the API, the Camunda webapps and the engine REST API to Spring Boot.
// `npm run build` writes dist/, which the frontend Maven module packages into META-INF/resources.
export default defineConfig({
  plugins: [react()],
  base: '/',
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/camunda': { target: backend, changeOrigin: false },
      '/engine-rest': { target: backend, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      onwarn(warning, defaultHandler) {
        // zod ships comments Rollup cannot place; harmless, and not ours to fix
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod')) return;
        defaultHandler(warning);
      },
      output: {
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return 'react';
          return undefined;
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
    // antd pages are heavy for jsdom; role queries on them take a while, and longer still when
    // the two cores are shared with other builds (the slowest form tests then pass 30 s)
    testTimeout: 90_000,
  },
});
