/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { surveyContent } from './src/content/vitePlugin.ts';

// KaTeX's stylesheet lists woff2, woff and ttf for every face. Browsers that run this app all take
// woff2, so the other two formats would only bloat the build and the offline cache.
const katexWoff2Only = (): Plugin => ({
  name: 'katex-woff2-only',
  enforce: 'pre',
  transform(code, id) {
    if (!/katex(\.min)?\.css$/.test(id.split('?')[0])) return null;
    return { code: code.replace(/,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\("(?:woff|truetype)"\)/g, ''), map: null };
  },
});

export default defineConfig({
  // Relative base + hash routes: the build works from any folder of any static host, unchanged.
  base: './',
  plugins: [
    react(),
    katexWoff2Only(),
    surveyContent(),
    // Offline after one visit: the service worker precaches the app, KaTeX's woff2 fonts and every
    // data part, so lectures work without Wi-Fi. 'prompt': a new version waits until the reader says.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'PoLM Explorer',
        short_name: 'PoLM',
        description: 'An explorable atlas of LLM post-training, from the survey by Tie et al. (2025).',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d3f8f',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,woff2,svg,png,json,webmanifest}'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        // Hash routes: every page is index.html.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { target: 'es2022', chunkSizeWarningLimit: 600 },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
  },
});
