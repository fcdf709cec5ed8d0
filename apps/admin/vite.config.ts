import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const API = 'http://localhost:3000';

// The server mounts the built panel at /admin/ (SPA fallback to /admin/index.html).
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  // `@clipstream/core/contract` (shared enums and event names) resolves through tsconfig.json's paths.
  resolve: { tsconfigPaths: true },
  // react-admin and MUI alone are about 1 MB minified; one chunk is fine for a panel a few moderators use.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': API, '/media': API, '/socket.io': { target: API, ws: true } } },
});
