import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// A plain single-page app on its own origin: no module federation, since the console never loads agency code, and
// no inline script at all, so its policy can be `script-src 'self'`. Served from dist/ by the console's server,
// which answers every page path with index.html (the console routes in the browser).
export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022' },
  server: { port: 4130, strictPort: true },
  preview: { port: 4130, strictPort: true },
});
