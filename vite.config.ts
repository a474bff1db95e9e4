/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
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
  plugins: [react(), katexWoff2Only(), surveyContent()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { target: 'es2022', chunkSizeWarningLimit: 600 },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
  },
});
