import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

// The API runs separately; the browser only ever talks to this origin, so the session cookie
// (SameSite=Strict) stays first-party.
const apiUrl = process.env.API_URL ?? 'http://localhost:3000';
const port = Number(process.env.PORT ?? 5174);
const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: apiUrl, changeOrigin: false },
  '/health': { target: apiUrl, changeOrigin: false },
};

export default defineConfig({
  plugins: [react()],
  server: { port, strictPort: true, proxy },
  preview: { port, strictPort: true, proxy },
});
