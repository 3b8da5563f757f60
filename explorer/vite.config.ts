import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The gateway serves dist/ at / (packaged into the explorer jar under META-INF/resources).
// Development: `npm run dev` on localhost:5173 against VITE_GATEWAY_URL (default http://127.0.0.1:8080).
export default defineConfig({
  plugins: [react()],
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: { host: 'localhost', port: 5173, strictPort: true },
});
